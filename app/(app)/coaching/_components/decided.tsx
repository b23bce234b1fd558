import { formatDistanceToNowStrict } from "date-fns";
import { Alert, Card } from "@/app/components/ui";
import type { decidedReviews } from "@/lib/coaching/review-lists";
import { Badge } from "../../records/parts";
import { SUBJECT_LABEL } from "./shared";

type Decided = Awaited<ReturnType<typeof decidedReviews>>;

/** The coach's latest decisions. */
export function DecidedCard({ decided }: { decided: Decided }) {
  return (
    <Card title="Decided" id="decided">
      {decided.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="decided">
          {decided.map((r) => {
            const feedback = r.thread.findLast(
              (m) => m.kind === "approve" || m.kind === "request_changes",
            );
            return (
              <li key={r.id} className="py-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{r.subjectTitle}</span>
                  <Badge tone={r.status === "approved" ? "good" : "warn"}>
                    {r.status === "approved" ? "Approved · verified" : "Changes requested"}
                  </Badge>
                </div>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {r.learnerName ?? "Learner"} · {SUBJECT_LABEL[r.subjectType] ?? r.subjectType}
                  {r.decidedAt
                    ? ` · ${formatDistanceToNowStrict(r.decidedAt, { addSuffix: true })}`
                    : ""}
                </p>
                {feedback?.body ? (
                  <p className="mt-0.5 whitespace-pre-line">{feedback.body}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your decisions show here once you make them.
        </p>
      )}
    </Card>
  );
}

/** What the decision just sent did, after the redirect back here. */
export function JustDecidedNotice({ review }: { review: Decided[number] }) {
  return (
    <div className="mb-4">
      <Alert tone="success">
        {review.status === "approved"
          ? `Approved “${review.subjectTitle}” for ${review.learnerName ?? "your mentee"}: it now shows as verified.`
          : `Changes requested on “${review.subjectTitle}”: ${review.learnerName ?? "your mentee"} has been told.`}{" "}
        It is in the Decided list.
      </Alert>
    </div>
  );
}
