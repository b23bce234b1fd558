import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WeeklyHours } from "@/app/(app)/dashboard/charts";
import { ActionForm } from "@/app/components/action-form";
import { Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { getMenteeView } from "@/lib/coaching/mentee-view";
import { AppError } from "@/lib/errors";
import { LABELS } from "../../../records/config";
import { Badge, ExternalLink, formatDate } from "../../../records/parts";
import { verifyMilestoneAction } from "../../actions";

const smallButtonClass =
  "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
const smallInputClass =
  "w-44 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950";

export const metadata: Metadata = { title: "Mentee" };

export default async function MenteePage({ params }: PageProps<"/coaching/mentees/[userId]">) {
  const { userId } = await params;
  const actor = await requirePageActor(`/coaching/mentees/${userId}`);
  const v = await getMenteeView(actor, userId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const p = v.progress;
  // What a coach may verify here: what the mentee met or checked off, and the next steps.
  const nextIds = new Set(p.nextSteps.map((m) => m.id));
  const toVerify = p.milestones.filter(
    (m) => m.met || m.attested || m.verified || nextIds.has(m.id),
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/coaching" className="underline">
          Coaching
        </Link>{" "}
        / mentee
      </p>
      <PageHeader title={v.name ?? "Mentee"} description={v.headline ?? undefined} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Tier">
          <p className="text-2xl font-bold">
            {p.tier.number ? `Tier ${p.tier.number} · ${p.tier.name}` : "Getting started"}
          </p>
          {p.nextTier ? (
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {Math.round(p.towardNext * 100)}% toward tier {p.nextTier.number} · {p.nextTier.name}
            </p>
          ) : null}
          {v.badges.length ? (
            <p className="mt-2 text-sm" data-testid="mentee-badges">
              Badges:{" "}
              {v.badges.map((b, i) => (
                <span key={b.id}>
                  {i ? ", " : ""}
                  <a
                    href={`/badges/${b.id}`}
                    className="text-brand-700 underline dark:text-brand-300"
                  >
                    {b.name}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
          <p className="mt-3 text-sm font-medium">Next steps</p>
          <ul className="mt-1 space-y-1 text-sm">
            {p.nextSteps.slice(0, 8).map((m) => (
              <li key={m.id} className="flex justify-between gap-2">
                <span>{m.title}</span>
                <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                  {m.progress.current}/{m.progress.target}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Hours, last 8 weeks">
          <WeeklyHours weeks={v.weeks} goalMinutes={0} />
        </Card>
        <Card title="Milestones" className="lg:col-span-2">
          <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
            What {v.name ?? "your mentee"} met or checked off, and the next steps. Verifying a
            milestone counts it as met and shows it as coach-verified on their dashboard, roadmap
            and public profile.
          </p>
          <ul
            className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800"
            data-testid="milestones"
          >
            {toVerify.map((m) => {
              const verification = v.verifications.get(m.id);
              return (
                <li
                  key={m.id}
                  id={`milestone-${m.id}`}
                  className="flex scroll-mt-20 flex-wrap items-start justify-between gap-2 py-2.5"
                >
                  <div className="min-w-0">
                    <p className="font-medium">{m.title}</p>
                    <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
                      <span>Tier {m.tier}</span>
                      <span className="tabular-nums">
                        · {Math.min(m.progress.current, m.progress.target)}/{m.progress.target}
                      </span>
                      {m.verified ? (
                        <Badge tone="good">Coach-verified</Badge>
                      ) : m.met ? (
                        <Badge>Met</Badge>
                      ) : null}
                      {m.attested ? <Badge>Checked off</Badge> : null}
                    </p>
                    {verification ? (
                      <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
                        Verified by {verification.verifiedByName ?? "a former coach"} on{" "}
                        {formatDate(verification.verifiedAt.toISOString().slice(0, 10))}
                        {verification.note ? ` · “${verification.note}”` : ""}
                      </p>
                    ) : null}
                  </div>
                  {m.verified ? (
                    <ActionForm
                      action={verifyMilestoneAction.bind(null, userId, m.id, false)}
                      submitLabel="Withdraw verification"
                      submitClass={secondaryButtonClass}
                      confirm={`Withdraw your verification of “${m.title}”?`}
                      className="flex flex-col items-end gap-1"
                    />
                  ) : (
                    <ActionForm
                      action={verifyMilestoneAction.bind(null, userId, m.id, true)}
                      submitLabel="Verify"
                      submitClass={smallButtonClass}
                      className="flex flex-wrap items-center justify-end gap-2"
                    >
                      <label htmlFor={`verify-note-${m.id}`} className="sr-only">
                        Note on {m.title} (optional)
                      </label>
                      <input
                        id={`verify-note-${m.id}`}
                        name="note"
                        maxLength={1000}
                        placeholder="Note (optional)"
                        className={smallInputClass}
                      />
                    </ActionForm>
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title="Recent study">
          <ul className="space-y-1 text-sm">
            {v.recent.map((a) => (
              <li key={a.id}>
                {formatDate(a.date)} · {a.title} · {a.minutes} min
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Projects">
          <ul className="space-y-2 text-sm">
            {v.projects.map((pr) => (
              <li key={pr.id} id={`project-${pr.id}`} className="scroll-mt-20">
                <span className="font-medium">{pr.title}</span>{" "}
                <Badge>{LABELS.projectStatus[pr.status]}</Badge>{" "}
                {pr.verified ? <Badge tone="good">Verified</Badge> : null}
                {pr.repoUrl ? (
                  <>
                    {" "}
                    <ExternalLink href={pr.repoUrl}>Repository</ExternalLink>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Certifications">
          <ul className="space-y-2 text-sm">
            {v.certifications.map((c) => (
              <li key={c.id} id={`certification-${c.id}`} className="scroll-mt-20">
                <span className="font-medium">{c.name}</span>{" "}
                <Badge>{LABELS.certificationStatus[c.status]}</Badge>
                {c.expired ? <Badge tone="bad">Expired</Badge> : null}{" "}
                {c.verified ? <Badge tone="good">Verified</Badge> : null}
                {c.credentialUrl ? (
                  <>
                    {" "}
                    <ExternalLink href={c.credentialUrl}>Credential</ExternalLink>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Shared resources">
          {v.sharedResources.length ? (
            <ul className="space-y-1 text-sm" aria-label="Resources shared with you">
              {v.sharedResources.map((r) => (
                <li key={r.id}>
                  <a
                    href={r.url}
                    rel="noopener nofollow ugc"
                    target="_blank"
                    className="text-brand-700 underline dark:text-brand-300"
                  >
                    {r.title}
                  </a>
                  {r.subjectTitle ? (
                    <span className="text-zinc-600 dark:text-zinc-400"> · {r.subjectTitle}</span>
                  ) : null}
                  {r.done ? <Badge tone="good">Done</Badge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nothing shared yet. Resource links your mentee marks “shared with my coach” appear
              here.
            </p>
          )}
        </Card>
        <Card title="Reading">
          <ul className="space-y-1 text-sm">
            {v.papers.map((pa) => (
              <li key={pa.id}>
                {pa.title} <Badge>{LABELS.paperStatus[pa.status]}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Events">
          <ul className="space-y-1 text-sm">
            {v.events.map((e) => (
              <li key={e.id}>
                {formatDate(e.date)} · {e.title} <Badge>{LABELS.eventKind[e.kind]}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
