import { ActionForm } from "@/app/components/action-form";
import { buttonClass, inputClass } from "@/app/components/ui";
import type { listLinks } from "@/lib/coaching/coaching";
import type { reviewableSubjects } from "@/lib/coaching/review-subjects";
import { LABELS } from "../../records/config";
import { requestReviewAction } from "../actions";

/** Ask one of your coaches to review a project, a certification or a milestone. */
export function RequestReview({
  coaches,
  reviewable,
}: {
  coaches: Awaited<ReturnType<typeof listLinks>>["coaches"];
  reviewable: Awaited<ReturnType<typeof reviewableSubjects>>;
}) {
  const reviewOptions =
    reviewable.projects.length + reviewable.certifications.length + reviewable.milestones.length;
  return (
    <div className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <p className="mb-2 text-sm font-semibold">Ask for a review</p>
      {reviewOptions ? (
        <ActionForm
          action={requestReviewAction}
          submitLabel="Request review"
          submitClass={buttonClass}
        >
          <div>
            <label htmlFor="reviewCoach" className="mb-1.5 block text-sm font-medium">
              Coach
            </label>
            <select id="reviewCoach" name="coachId" className={inputClass}>
              {coaches.map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.name ?? c.email}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="reviewSubject" className="mb-1.5 block text-sm font-medium">
              What to review
            </label>
            <select id="reviewSubject" name="subject" className={inputClass} defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {reviewable.projects.length ? (
                <optgroup label="Projects">
                  {reviewable.projects.map((p) => (
                    <option key={p.id} value={`project:${p.id}`}>
                      {p.title} ({(LABELS.projectStatus[p.status] ?? p.status).toLowerCase()})
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {reviewable.certifications.length ? (
                <optgroup label="Certifications">
                  {reviewable.certifications.map((c) => (
                    <option key={c.id} value={`certification:${c.id}`}>
                      {c.name} ({(LABELS.certificationStatus[c.status] ?? c.status).toLowerCase()})
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {reviewable.milestones.length ? (
                <optgroup label="Milestones (met or checked off)">
                  {reviewable.milestones.map((m) => (
                    <option key={m.id} value={`milestone:${m.id}`}>
                      Tier {m.tier}: {m.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              Projects you are building or shipped, certifications in progress or earned, and
              milestones you met: what is not verified or waiting already.
            </p>
          </div>
          <div>
            <label htmlFor="reviewNote" className="mb-1.5 block text-sm font-medium">
              Note (optional)
            </label>
            <textarea
              id="reviewNote"
              name="note"
              rows={2}
              className={inputClass}
              maxLength={2000}
            />
          </div>
        </ActionForm>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing to review yet: a project you are building or shipped, a certification in progress
          or earned, or a milestone you met can be reviewed (once, until it is verified).
        </p>
      )}
    </div>
  );
}
