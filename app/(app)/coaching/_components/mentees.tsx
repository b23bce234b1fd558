import Link from "next/link";
import { ActionForm } from "@/app/components/action-form";
import { Card } from "@/app/components/ui";
import type { listMentees } from "@/lib/coaching/coaching";
import { EmptyState, formatDate } from "../../records/parts";
import { endLinkAction } from "../actions";
import { dangerClass, linkClass } from "./shared";

/** The coach's active mentees, each with a link to their page and a way to end the link. */
export function MenteesCard({
  mentees,
  coachId,
}: {
  mentees: Awaited<ReturnType<typeof listMentees>>["items"];
  coachId: string;
}) {
  return (
    <Card title="My mentees" id="mentees">
      {mentees.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {mentees.map((m) => (
            <li
              key={m.userId}
              className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm"
            >
              <div>
                <Link href={`/coaching/mentees/${m.userId}`} className={linkClass}>
                  {m.name ?? m.email}
                </Link>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {m.tier.number ? `Tier ${m.tier.number} · ${m.tier.name}` : "Getting started"} ·{" "}
                  {m.lastActiveOn
                    ? `last studied ${formatDate(m.lastActiveOn)}`
                    : "no study logged"}
                  {m.openReviews
                    ? ` · ${m.openReviews} open review${m.openReviews === 1 ? "" : "s"}`
                    : ""}
                </p>
              </div>
              <ActionForm
                action={endLinkAction.bind(null, coachId, m.userId)}
                submitLabel="End"
                submitClass={dangerClass}
                confirm={`Stop coaching ${m.name ?? m.email}?`}
                className=""
              />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No mentees now.</EmptyState>
      )}
    </Card>
  );
}
