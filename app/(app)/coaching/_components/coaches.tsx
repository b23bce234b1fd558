import { ActionForm } from "@/app/components/action-form";
import { Card } from "@/app/components/ui";
import type { listLinks } from "@/lib/coaching/coaching";
import type { reviewableSubjects } from "@/lib/coaching/review-subjects";
import { EmptyState, formatDate } from "../../records/parts";
import { endLinkAction } from "../actions";
import { RequestReview } from "./request-review";
import { dangerClass } from "./shared";

/** The caller's coaches, a way to end each link, and the form to ask one of them for a review. */
export function MyCoachesCard({
  coaches,
  reviewable,
  learnerId,
}: {
  coaches: Awaited<ReturnType<typeof listLinks>>["coaches"];
  reviewable: Awaited<ReturnType<typeof reviewableSubjects>>;
  learnerId: string;
}) {
  return (
    <Card title="My coaches" id="coaches">
      {coaches.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {coaches.map((c) => (
            <li key={c.userId} className="flex items-center justify-between gap-2 py-2 text-sm">
              <span>
                {c.name ?? c.email}{" "}
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  since {formatDate(c.since.toISOString().slice(0, 10))}
                </span>
              </span>
              <ActionForm
                action={endLinkAction.bind(null, c.userId, learnerId)}
                submitLabel="End"
                submitClass={dangerClass}
                confirm={`Stop being coached by ${c.name ?? c.email}? They lose access at once.`}
                className=""
              />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No coach yet. Invite one by email.</EmptyState>
      )}
      {coaches.length ? <RequestReview coaches={coaches} reviewable={reviewable} /> : null}
    </Card>
  );
}
