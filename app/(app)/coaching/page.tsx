import { formatDistanceToNowStrict } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/components/action-form";
import {
  buttonClass,
  Card,
  inputClass,
  PageHeader,
  secondaryButtonClass,
} from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import {
  listInvitations,
  listLinks,
  listMentees,
  myReviews,
  reviewQueue,
} from "@/lib/coaching/coaching";
import { listNotifications } from "@/lib/notifications/notifications";
import { listRecords } from "@/lib/records/crud";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { MILESTONES } from "@/lib/roadmap/content";
import { Badge, EmptyState, formatDate } from "../records/parts";
import {
  answerInvitationAction,
  decideReviewAction,
  endLinkAction,
  inviteAction,
  markAllReadAction,
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

export default async function CoachingPage() {
  const actor = await requirePageActor("/coaching");
  const [notifications, invitations, links, mentees, queue, mine, projects, certs] =
    await Promise.all([
      listNotifications(actor, 10),
      listInvitations(actor),
      listLinks(actor),
      listMentees(actor),
      reviewQueue(actor),
      myReviews(actor),
      listRecords(RECORD_KINDS.projects, actor, { limit: 100 }),
      listRecords(RECORD_KINDS.certifications, actor, { limit: 100 }),
    ]);
  const names = new Map<string, string>([
    [actor.userId, "You"],
    ...links.coaches.map((c) => [c.userId, c.name ?? c.email] as [string, string]),
    ...links.mentees.map((m) => [m.userId, m.name ?? m.email] as [string, string]),
  ]);
  const pendingIn = invitations.incoming.filter((i) => i.status === "pending");
  const pendingOut = invitations.outgoing.filter((i) => i.status === "pending");

  return (
    <>
      <PageHeader
        title="Coaching"
        description="Coaches follow their mentees' progress read-only, review their work and verify milestones."
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card
          title={`Notifications${notifications.unread ? ` (${notifications.unread} unread)` : ""}`}
          className="lg:col-span-2"
        >
          <div id="notifications" />
          {notifications.items.length ? (
            <>
              <ul className="mb-3 space-y-1.5 text-sm">
                {notifications.items.map((n) => (
                  <li key={n.id} className="flex items-baseline gap-2">
                    {n.readAt ? null : (
                      <span
                        className="h-2 w-2 shrink-0 rounded-full bg-brand-600"
                        aria-label="unread"
                      />
                    )}
                    <span className={n.readAt ? "text-zinc-600 dark:text-zinc-400" : "font-medium"}>
                      {n.title}
                    </span>
                    <span className="text-xs text-zinc-500 dark:text-zinc-400">
                      {formatDistanceToNowStrict(n.createdAt, { addSuffix: true })}
                    </span>
                  </li>
                ))}
              </ul>
              {notifications.unread ? (
                <ActionForm
                  action={markAllReadAction}
                  submitLabel="Mark all read"
                  submitClass={secondaryButtonClass}
                />
              ) : null}
            </>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing yet.</p>
          )}
        </Card>

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

        <Card title="Invitations to you">
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

        <Card title="My coaches">
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
                  <select id="reviewSubject" name="subject" className={inputClass} defaultValue="">
                    <option value="" disabled>
                      Choose…
                    </option>
                    <optgroup label="Projects">
                      {(
                        projects.items as unknown as { id: string; title: string; status: string }[]
                      ).map((p) => (
                        <option key={p.id} value={`project:${p.id}`}>
                          {p.title} ({p.status})
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label="Certifications">
                      {(certs.items as unknown as { id: string; name: string }[]).map((c) => (
                        <option key={c.id} value={`certification:${c.id}`}>
                          {c.name}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label="Milestones">
                      {MILESTONES.map((m) => (
                        <option key={m.id} value={`milestone:${m.id}`}>
                          Tier {m.tier}: {m.title}
                        </option>
                      ))}
                    </optgroup>
                  </select>
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
            </div>
          ) : null}
        </Card>

        <Card title="My review requests">
          <div id="reviews" />
          {mine.length ? (
            <ul className="space-y-4">
              {mine.map((r) => (
                <li key={r.id} className="text-sm">
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

        <Card title="My mentees">
          {mentees.length ? (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {mentees.map((m) => (
                <li
                  key={m.userId}
                  className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm"
                >
                  <div>
                    <Link
                      href={`/coaching/mentees/${m.userId}`}
                      className="font-medium text-brand-700 underline dark:text-brand-300"
                    >
                      {m.name ?? m.email}
                    </Link>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      {m.tier.number ? `Tier ${m.tier.number} · ${m.tier.name}` : "Getting started"}{" "}
                      ·{" "}
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
            <EmptyState>No mentees yet. Invite a learner by email as your mentee.</EmptyState>
          )}
        </Card>

        <Card title="Review queue">
          <div id="queue" />
          {queue.length ? (
            <ol className="space-y-4">
              {queue.map((r) => (
                <li key={r.id} className="text-sm">
                  <p>
                    <span className="font-medium">{r.learnerName}</span> · {r.subjectType} ·{" "}
                    <span className="font-medium">{r.subjectTitle}</span>
                  </p>
                  <p className="text-xs text-amber-800 dark:text-amber-300">
                    Waiting {formatDistanceToNowStrict(r.requestedAt)}
                  </p>
                  <ThreadView
                    thread={r.thread}
                    names={new Map([...names, [r.userId, r.learnerName ?? "Learner"]])}
                  />
                  <div className="mt-2">
                    <ActionForm
                      action={decideReviewAction.bind(null, r.id)}
                      submitLabel="Send decision"
                      submitClass={buttonClass}
                    >
                      <label
                        htmlFor={`feedback-${r.id}`}
                        className="mb-1 block text-sm font-medium"
                      >
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
              ))}
            </ol>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing waiting for you.</p>
          )}
        </Card>
      </div>
    </>
  );
}
