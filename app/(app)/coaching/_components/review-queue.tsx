import { formatDistanceToNowStrict } from "date-fns";
import Link from "next/link";
import { ActionForm } from "@/app/components/action-form";
import { buttonClass, Card, inputClass } from "@/app/components/ui";
import type { reviewQueue } from "@/lib/coaching/review-lists";
import type { ReviewSubject } from "@/lib/coaching/review-subjects";
import { LABELS } from "../../records/config";
import { Badge, ExternalLink } from "../../records/parts";
import { decideReviewAction } from "../actions";
import { linkClass, SUBJECT_LABEL, ThreadView } from "./shared";

/** What the coach judges: the subject's links and state, or the learner's evidence for a milestone. */
function SubjectEvidence({
  type,
  subjectId,
  subject,
  menteeHref,
  learnerName,
}: {
  type: string;
  subjectId: string;
  subject: ReviewSubject;
  menteeHref: string;
  learnerName: string;
}) {
  const muted = "text-zinc-600 dark:text-zinc-400";
  const anchor = `${menteeHref}#${type}-${subjectId}`;
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {type === "project" ? (
        <>
          {subject.status ? (
            <Badge>{LABELS.projectStatus[subject.status as "shipped"] ?? subject.status}</Badge>
          ) : null}
          {subject.url ? (
            <ExternalLink href={subject.url}>Repository</ExternalLink>
          ) : (
            <span className={muted}>No repository link</span>
          )}
          {subject.demoUrl ? <ExternalLink href={subject.demoUrl}>Demo</ExternalLink> : null}
        </>
      ) : type === "certification" ? (
        <>
          {subject.issuer ? <span className={muted}>{subject.issuer}</span> : null}
          {subject.status ? (
            <Badge>
              {LABELS.certificationStatus[subject.status as "earned"] ?? subject.status}
            </Badge>
          ) : null}
          {subject.url ? (
            <ExternalLink href={subject.url}>Credential</ExternalLink>
          ) : (
            <span className={muted}>No credential link</span>
          )}
        </>
      ) : subject.milestone ? (
        <>
          <span className="tabular-nums">
            Progress {subject.milestone.progress.current}/{subject.milestone.progress.target}
          </span>
          {subject.milestone.met ? (
            <Badge tone="good">Met</Badge>
          ) : (
            <Badge tone="warn">Not met yet</Badge>
          )}
          {subject.milestone.attested ? <Badge>Checked off by {learnerName}</Badge> : null}
        </>
      ) : null}
      <Link href={anchor} className={linkClass}>
        See it on {learnerName}&rsquo;s page
      </Link>
      {subject.milestone?.attestationNote ? (
        <p className="w-full text-sm">
          <span className={muted}>Their note: </span>
          {subject.milestone.attestationNote}
        </p>
      ) : null}
    </div>
  );
}

/** The coach's open review requests, oldest first, each with its evidence and a decision form. */
export function ReviewQueueCard({
  queue,
  names,
}: {
  queue: Awaited<ReturnType<typeof reviewQueue>>["items"];
  names: Map<string, string>;
}) {
  return (
    <Card title="Review queue" id="queue" className="lg:col-span-2">
      {queue.length ? (
        <ol className="space-y-5">
          {queue.map((r) => {
            const learnerName = r.learnerName ?? "Learner";
            const menteeHref = `/coaching/mentees/${r.userId}`;
            return (
              <li key={r.id} id={`review-${r.id}`} className="scroll-mt-20 text-sm">
                <p>
                  <Link href={menteeHref} className={linkClass}>
                    {learnerName}
                  </Link>{" "}
                  asks you to review a {SUBJECT_LABEL[r.subjectType] ?? r.subjectType}:{" "}
                  <span className="font-semibold">{r.subjectTitle}</span>
                </p>
                <SubjectEvidence
                  type={r.subjectType}
                  subjectId={r.subjectId}
                  subject={r.subject}
                  menteeHref={menteeHref}
                  learnerName={learnerName}
                />
                <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
                  Waiting {formatDistanceToNowStrict(r.requestedAt)}
                </p>
                <ThreadView
                  thread={r.thread}
                  names={new Map([...names, [r.userId, learnerName]])}
                />
                <div className="mt-2">
                  <ActionForm
                    action={decideReviewAction.bind(null, r.id)}
                    submitLabel="Send decision"
                    submitClass={buttonClass}
                  >
                    <label htmlFor={`feedback-${r.id}`} className="mb-1 block text-sm font-medium">
                      Feedback
                    </label>
                    <textarea
                      id={`feedback-${r.id}`}
                      name="feedback"
                      rows={2}
                      className={inputClass}
                    />
                    <fieldset className="flex gap-4 text-sm">
                      <legend className="sr-only">Decision</legend>
                      <label className="flex items-center gap-1.5">
                        <input
                          type="radio"
                          name="decision"
                          value="approve"
                          defaultChecked
                          className="accent-brand-600"
                        />{" "}
                        Approve
                      </label>
                      <label className="flex items-center gap-1.5">
                        <input
                          type="radio"
                          name="decision"
                          value="request_changes"
                          className="accent-brand-600"
                        />{" "}
                        Request changes
                      </label>
                    </fieldset>
                  </ActionForm>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing waiting for you.</p>
      )}
    </Card>
  );
}
