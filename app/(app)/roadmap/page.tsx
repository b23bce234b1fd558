import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import type { MilestoneStatus } from "@/lib/progress/evaluate";
import { progressOf } from "@/lib/progress/progress";
import { SKILL_LEVELS } from "@/lib/roadmap/content";
import { describeCriteria } from "@/lib/roadmap/describe";
import { notesBySubject, type SubjectNotes as SubjectNotesRow } from "@/lib/notes/notes";
import { searchRoadmap } from "@/lib/notes/search";
import { getRoadmap, type RoadmapMilestone } from "@/lib/roadmap/queries";
import { getMe } from "@/lib/users/accounts";
import { Badge } from "../records/parts";
import { RoadmapSearch } from "./search";
import { SubjectNotes } from "./subject-notes";
import { TargetTrackForm } from "./target-track";

export const metadata: Metadata = { title: "Roadmap" };

function Status({ status }: { status?: MilestoneStatus }) {
  if (!status) return null;
  if (status.verified) return <Badge tone="good">Verified</Badge>;
  if (status.kind === "attested" && status.attested) return <Badge tone="good">Attested</Badge>;
  if (status.met) return <Badge tone="good">Met</Badge>;
  return <Badge>Not yet</Badge>;
}

const NO_NOTES: SubjectNotesRow = { body: "", updatedAt: null, resources: [] };

/** The notes toggle of one subject; `open` names the subject to unfold (a search hit's link). */
type NotesOf = { of: Map<string, SubjectNotesRow>; open: string | null };

function Notes({
  type,
  id,
  title,
  notes,
}: {
  type: "milestone" | "skill";
  id: string;
  title: string;
  notes: NotesOf;
}) {
  const key = `${type}:${id}`;
  const d = notes.of.get(key) ?? NO_NOTES;
  return (
    <SubjectNotes
      subjectType={type}
      subjectId={id}
      subjectTitle={title}
      data={{ body: d.body, resources: d.resources }}
      defaultOpen={notes.open === key}
    />
  );
}

function MilestoneList({
  milestones,
  statuses,
  notes,
}: {
  milestones: RoadmapMilestone[];
  statuses: Map<string, MilestoneStatus>;
  notes: NotesOf;
}) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {milestones.map((m) => {
        const s = statuses.get(m.id);
        return (
          <li
            key={m.id}
            id={`milestone-${m.id}`}
            className="scroll-mt-20 py-2.5"
            data-milestone={m.id}
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="text-sm font-medium">{m.title}</p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {describeCriteria(m.criteria)}
                </p>
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1">
                <Status status={s} />
                {s && m.kind !== "attested" ? (
                  <span className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
                    {Math.min(s.progress.current, s.progress.target)}/{s.progress.target}
                  </span>
                ) : null}
              </div>
            </div>
            {/* Below the row, the full width: on a phone the status column would squeeze it. */}
            <Notes type="milestone" id={m.id} title={m.title} notes={notes} />
          </li>
        );
      })}
    </ul>
  );
}

export default async function RoadmapPage({ searchParams }: PageProps<"/roadmap">) {
  const actor = await requirePageActor("/roadmap");
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
  const q = one(params.q).slice(0, 200);
  const me = await getMe(actor);
  const [roadmap, progress, notesOf, hits] = await Promise.all([
    getRoadmap(),
    progressOf(me.id, me.profile.timezone, me.profile.targetTrack),
    notesBySubject(actor),
    q.trim() ? searchRoadmap(actor, q) : Promise.resolve(null),
  ]);
  const notes: NotesOf = { of: notesOf, open: one(params.open) || null };
  const statuses = new Map(progress.milestones.map((m) => [m.id, m]));
  const metCount = (list: RoadmapMilestone[]) => list.filter((m) => statuses.get(m.id)?.met).length;

  return (
    <>
      <PageHeader
        title="Roadmap"
        description="Every tier, track and skill of the AI/ML engineer path, with where you stand. Tiers are cumulative: you hold a tier when every milestone up to it is met."
      />
      <div className="space-y-4">
        <RoadmapSearch q={q} hits={hits} />
        {roadmap.tiers
          .filter((t) => t.milestones.length > 0)
          .map((tier) => {
            const held = progress.tier.number >= tier.number;
            return (
              <Card
                key={tier.number}
                className={held ? "border-emerald-300 dark:border-emerald-800" : ""}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-base font-semibold">
                    Tier {tier.number} · {tier.name}
                  </h2>
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">
                    {held ? "Reached · " : ""}
                    {metCount(tier.milestones)}/{tier.milestones.length} met
                  </span>
                </div>
                <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{tier.context}</p>
                <MilestoneList milestones={tier.milestones} statuses={statuses} notes={notes} />
              </Card>
            );
          })}
        <section aria-labelledby="tracks-heading">
          <h2 id="tracks-heading" className="mb-1 mt-8 text-lg font-semibold">
            Tier 4 · Specialist tracks
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Tier 3 plus every milestone of one track.
          </p>
          <Card className="mb-4">
            <TargetTrackForm tracks={roadmap.tracks} current={me.profile.targetTrack} />
          </Card>
          <div className="grid gap-4 lg:grid-cols-3">
            {roadmap.tracks.map((track) => (
              <Card
                key={track.slug}
                className={
                  track.slug === me.profile.targetTrack
                    ? "border-brand-400 dark:border-brand-600"
                    : ""
                }
              >
                <div className="flex items-baseline justify-between gap-2">
                  <h3 className="text-base font-semibold">{track.name}</h3>
                  {track.slug === me.profile.targetTrack ? (
                    <Badge tone="brand">Your target</Badge>
                  ) : null}
                </div>
                <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
                  {track.summary} {metCount(track.milestones)}/{track.milestones.length} met.
                </p>
                <MilestoneList milestones={track.milestones} statuses={statuses} notes={notes} />
              </Card>
            ))}
          </div>
        </section>
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="mb-3 mt-8 text-lg font-semibold">
            Skills
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Levels: {SKILL_LEVELS.map((l) => `${l.level} ${l.name.toLowerCase()}`).join(" · ")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {roadmap.skillAreas.map((area) => (
              <Card key={area.slug}>
                <h3 className="mb-2 text-sm font-semibold">{area.name}</h3>
                <ul className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                  {area.skills.map((s) => (
                    <li key={s.slug} id={`skill-${s.slug}`} className="scroll-mt-20">
                      {s.name}
                      <Notes type="skill" id={s.slug} title={s.name} notes={notes} />
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
