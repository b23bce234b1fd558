import { ActionForm } from "@/app/components/action-form";
import { Card, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { myReviews } from "@/lib/coaching/review-lists";
import { Badge } from "../../records/parts";
import { replyAction } from "../actions";
import { ThreadView } from "./shared";

const STATUS: Record<string, { label: string; tone: "neutral" | "good" | "warn" | "brand" }> = {
  requested: { label: "Waiting for review", tone: "brand" },
  changes_requested: { label: "Changes requested", tone: "warn" },
  approved: { label: "Approved · verified", tone: "good" },
};

/** The caller's review requests with their threads; after changes are asked, a way to answer. */
export function MyReviewsCard({
  reviews,
  names,
}: {
  reviews: Awaited<ReturnType<typeof myReviews>>["items"];
  names: Map<string, string>;
}) {
  return (
    <Card title="My review requests" id="reviews">
      {reviews.length ? (
        <ul className="space-y-4">
          {reviews.map((r) => (
            <li key={r.id} id={`review-${r.id}`} className="scroll-mt-20 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{r.subjectTitle}</span>
                <Badge tone={STATUS[r.status]!.tone}>{STATUS[r.status]!.label}</Badge>
              </div>
              <ThreadView thread={r.thread} names={names} />
              {r.status === "changes_requested" ? (
                <div className="mt-2">
                  <ActionForm
                    action={replyAction.bind(null, r.id)}
                    submitLabel="Answer and ask again"
                    submitClass={secondaryButtonClass}
                  >
                    <label htmlFor={`reply-${r.id}`} className="sr-only">
                      Your answer
                    </label>
                    <textarea
                      id={`reply-${r.id}`}
                      name="message"
                      rows={2}
                      className={inputClass}
                      placeholder="What you changed"
                    />
                  </ActionForm>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          You have not asked for a review yet.
        </p>
      )}
    </Card>
  );
}
