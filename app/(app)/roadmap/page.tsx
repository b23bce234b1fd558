import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { SKILL_LEVELS } from "@/lib/roadmap/content";
import { describeCriteria } from "@/lib/roadmap/describe";
import { getRoadmap, type RoadmapMilestone } from "@/lib/roadmap/queries";

export const metadata: Metadata = { title: "Roadmap" };

function MilestoneList({ milestones }: { milestones: RoadmapMilestone[] }) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {milestones.map((m) => (
        <li key={m.id} className="py-2.5">
          <p className="text-sm font-medium">{m.title}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{describeCriteria(m.criteria)}</p>
        </li>
      ))}
    </ul>
  );
}

export default async function RoadmapPage() {
  await requirePageActor("/roadmap");
  const roadmap = await getRoadmap();
  return (
    <>
      <PageHeader
        title="Roadmap"
        description="Every tier, track and skill of the AI/ML engineer path. Tiers are cumulative: you hold a tier when every milestone up to it is met."
      />
      <div className="space-y-4">
        {roadmap.tiers
          .filter((t) => t.milestones.length > 0)
          .map((tier) => (
            <Card key={tier.number}>
              <h2 className="text-base font-semibold">
                Tier {tier.number} · {tier.name}
              </h2>
              <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{tier.context}</p>
              <MilestoneList milestones={tier.milestones} />
            </Card>
          ))}
        <section aria-labelledby="tracks-heading">
          <h2 id="tracks-heading" className="mb-1 mt-8 text-lg font-semibold">
            Tier 4 · Specialist tracks
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Tier 3 plus every milestone of one track.</p>
          <div className="grid gap-4 lg:grid-cols-3">
            {roadmap.tracks.map((track) => (
              <Card key={track.slug}>
                <h3 className="text-base font-semibold">{track.name}</h3>
                <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{track.summary}</p>
                <MilestoneList milestones={track.milestones} />
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
                    <li key={s.slug}>{s.name}</li>
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
