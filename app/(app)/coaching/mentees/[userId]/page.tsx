import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WeeklyHours } from "@/app/(app)/dashboard/charts";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { getMenteeView } from "@/lib/coaching/mentee-view";
import { AppError } from "@/lib/errors";
import { LABELS } from "../../../records/config";
import { Badge, ExternalLink, formatDate } from "../../../records/parts";

export const metadata: Metadata = { title: "Mentee" };

export default async function MenteePage({ params }: PageProps<"/coaching/mentees/[userId]">) {
  const { userId } = await params;
  const actor = await requirePageActor(`/coaching/mentees/${userId}`);
  const v = await getMenteeView(actor, userId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const p = v.progress;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/coaching" className="underline">
          Coaching
        </Link>{" "}
        / mentee (read-only)
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
        <Card title="Milestones met">
          <ul className="space-y-1 text-sm">
            {p.milestones
              .filter((m) => m.met)
              .map((m) => (
                <li key={m.id}>
                  {m.title}{" "}
                  {m.verified ? (
                    <Badge tone="good">Verified</Badge>
                  ) : m.attested ? (
                    <Badge>Attested</Badge>
                  ) : null}
                </li>
              ))}
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
              <li key={pr.id}>
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
              <li key={c.id}>
                <span className="font-medium">{c.name}</span>{" "}
                <Badge>{LABELS.certificationStatus[c.status]}</Badge>
                {c.expired ? <Badge tone="bad">Expired</Badge> : null}{" "}
                {c.verified ? <Badge tone="good">Verified</Badge> : null}
              </li>
            ))}
          </ul>
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
