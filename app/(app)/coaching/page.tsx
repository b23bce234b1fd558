import { formatDistanceToNowStrict } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/components/action-form";
import {
  Alert,
  buttonClass,
  Card,
  inputClass,
  PageHeader,
  secondaryButtonClass,
} from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import {
  coachesWithoutLearning,
  listInvitations,
  listLinks,
  listMentees,
} from "@/lib/coaching/coaching";
import {
  decidedReviews,
  myReviews,
  reviewableSubjects,
  reviewQueue,
  type ReviewSubject,
} from "@/lib/coaching/reviews";
import { LABELS } from "../records/config";
import { Badge, EmptyState, ExternalLink, formatDate } from "../records/parts";
import {
  answerInvitationAction,
  decideReviewAction,
  endLinkAction,
  inviteAction,
  replyAction,
  requestReviewAction,
} from "./actions";

export const metadata: Metadata = { title: "Coaching" };

const dangerClass =
  "rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950";
const STATUS: Record<string, { label: string; tone: "neutral" | "good" | "warn" | "brand" }> = {
  requested: { label: "Waiting for review", tone: "brand" },
  changes_requested: { label: "Changes requested", tone: "warn" },
  approved: { label: "Approved · verified", tone: "good" },
};
const MESSAGE_LABEL: Record<string, string> = {
  request: "Request",
  approve: "Approved",
  request_changes: "Changes requested",
  reply: "Answer",
};

type Thread = { kind: string; body: string | null; createdAt: Date; authorId: string | null }[];

function ThreadView({ thread, names }: { thread: Thread; names: Map<string, string> }) {
  return (
    <ol className="mt-2 space-y-1.5 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
      {thread.map((m, i) => (
        <li key={i} className="text-sm">
          <span className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">
            {MESSAGE_LABEL[m.kind] ?? m.kind} · {names.get(m.authorId ?? "") ?? "Someone"} ·{" "}
            {formatDistanceToNowStrict(m.createdAt, { addSuffix: true })}
          </span>
          {m.body ? <p className="whitespace-pre-line">{m.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}

const linkClass = "font-medium text-brand-700 underline dark:text-brand-300";
const SUBJECT_LABEL: Record<string, string> = {
  project: "project",
  certification: "certification",
  milestone: "milestone",
};

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

export default async function CoachingPage({ searchParams }: PageProps<"/coaching">) {
  const actor = await requirePageActor("/coaching");
  const decidedParam = (await searchParams).decided;
  const [invitations, links, mentees, queue, decided, mine] = await Promise.all([
    listInvitations(actor),
    listLinks(actor),
    listMentees(actor),
    reviewQueue(actor),
    decidedReviews(actor),
    myReviews(actor),
  ]);
  // The review form is for someone with a coach: only they pay for evaluating their progress.
  const reviewable = links.coaches.length
    ? await reviewableSubjects(actor)
    : { projects: [], certifications: [], milestones: [] };
  const names = new Map<string, string>([
    [actor.userId, "You"],
    ...links.coaches.map((c) => [c.userId, c.name ?? c.email] as [string, string]),
    ...links.mentees.map((m) => [m.userId, m.name ?? m.email] as [string, string]),
  ]);
  const pendingIn = invitations.incoming.filter((i) => i.status === "pending");
  const pendingOut = invitations.outgoing.filter((i) => i.status === "pending");
  // The coach's cards (queue, decisions, mentees) only for someone who coaches or has been
  // asked: a learner sees no empty "My mentees" or "Review queue".
  const coaches = mentees.length > 0 || queue.length > 0;
  // Such a coach's Dashboard link leads here: say when their own dashboard begins.
  const learningYet = !coaches || !(await coachesWithoutLearning(actor));
  const justDecided =
    typeof decidedParam === "string" ? decided.find((r) => r.id === decidedParam) : undefined;

  const queueCard = (
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

  const decidedCard = (
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

  const menteesCard = (
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
                action={endLinkAction.bind(null, actor.userId, m.userId)}
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

  const reviewOptions =
    reviewable.projects.length + reviewable.certifications.length + reviewable.milestones.length;

  return (
    <>
      <PageHeader
        title="Coaching"
        description={
          coaches
            ? `Your review queue first: approve or ask for changes. Your mentees' progress is read-only.${
                learningYet
                  ? ""
                  : " Your own learning dashboard opens once you log study time or rate a skill."
              }`
            : "Coaches follow their mentees' progress read-only, review their work and verify milestones."
        }
      />
      {justDecided ? (
        <div className="mb-4">
          <Alert tone="success">
            {justDecided.status === "approved"
              ? `Approved “${justDecided.subjectTitle}” for ${justDecided.learnerName ?? "your mentee"}: it now shows as verified.`
              : `Changes requested on “${justDecided.subjectTitle}”: ${justDecided.learnerName ?? "your mentee"} has been told.`}{" "}
            It is in the Decided list.
          </Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {coaches ? (
          <>
            {queueCard}
            {decidedCard}
            {menteesCard}
          </>
        ) : null}

        <Card title="Invitations to you" id="invitations">
          {pendingIn.length ? (
            <ul className="space-y-3">
              {pendingIn.map((i) => (
                <li key={i.id} className="text-sm">
                  <p>
                    <strong>{i.from.name ?? i.from.email}</strong>{" "}
                    {i.role === "coach" ? "asks you to be their coach." : "offers to coach you."}
                  </p>
                  <div className="mt-2 flex gap-2">
                    <ActionForm
                      action={answerInvitationAction.bind(null, i.id, "accept")}
                      submitLabel="Accept"
                      submitClass={buttonClass}
                      className=""
                    />
                    <ActionForm
                      action={answerInvitationAction.bind(null, i.id, "decline")}
                      submitLabel="Decline"
                      submitClass={secondaryButtonClass}
                      className=""
                    />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No invitations waiting.</p>
          )}
        </Card>

        <Card title="My coaches" id="coaches">
          {links.coaches.length ? (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {links.coaches.map((c) => (
                <li key={c.userId} className="flex items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    {c.name ?? c.email}{" "}
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">
                      since {formatDate(c.since.toISOString().slice(0, 10))}
                    </span>
                  </span>
                  <ActionForm
                    action={endLinkAction.bind(null, c.userId, actor.userId)}
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
          {links.coaches.length ? (
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
                      {links.coaches.map((c) => (
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
                    <select
                      id="reviewSubject"
                      name="subject"
                      className={inputClass}
                      defaultValue=""
                    >
                      <option value="" disabled>
                        Choose…
                      </option>
                      {reviewable.projects.length ? (
                        <optgroup label="Projects">
                          {reviewable.projects.map((p) => (
                            <option key={p.id} value={`project:${p.id}`}>
                              {p.title} (
                              {(LABELS.projectStatus[p.status] ?? p.status).toLowerCase()})
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                      {reviewable.certifications.length ? (
                        <optgroup label="Certifications">
                          {reviewable.certifications.map((c) => (
                            <option key={c.id} value={`certification:${c.id}`}>
                              {c.name} (
                              {(LABELS.certificationStatus[c.status] ?? c.status).toLowerCase()})
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
                      Projects you are building or shipped, certifications in progress or earned,
                      and milestones you met: what is not verified or waiting already.
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
                  Nothing to review yet: a project you are building or shipped, a certification in
                  progress or earned, or a milestone you met can be reviewed (once, until it is
                  verified).
                </p>
              )}
            </div>
          ) : null}
        </Card>

        {/* Someone with no coach who never asked has nothing to see here. */}
        {mine.length || links.coaches.length ? (
          <Card title="My review requests" id="reviews">
            {mine.length ? (
              <ul className="space-y-4">
                {mine.map((r) => (
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
        ) : null}

        <Card title="Invite a coach or a mentee">
          <ActionForm action={inviteAction} submitLabel="Send invitation" submitClass={buttonClass}>
            <div>
              <label htmlFor="inviteEmail" className="mb-1.5 block text-sm font-medium">
                Their email
              </label>
              <input id="inviteEmail" name="email" type="email" className={inputClass} />
            </div>
            <fieldset className="space-y-1 text-sm">
              <legend className="mb-1 font-medium">They would be</legend>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="role"
                  value="coach"
                  defaultChecked
                  className="accent-brand-600"
                />{" "}
                my coach
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="role" value="mentee" className="accent-brand-600" /> my
                mentee
              </label>
            </fieldset>
          </ActionForm>
          {pendingOut.length ? (
            <div className="mt-4">
              <p className="text-sm font-medium">Waiting for an answer</p>
              <ul className="mt-1 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                {pendingOut.map((i) => (
                  <li key={i.id}>
                    {i.email} as your {i.role}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
