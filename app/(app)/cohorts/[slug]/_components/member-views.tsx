"use client";

import { Fragment, startTransition, useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions";
import { ScrollRegion } from "@/app/components/scroll-region";
import { Badge, secondaryButtonClass } from "@/app/components/ui";
import { ConfirmButton } from "../../forms";

/*
 * The cohort page's per-member views. Client components although they hardly
 * interact: the page then carries the members' data once, not every element
 * twice (as HTML and as RSC payload), which a big cohort's page felt.
 */

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Role = "organizer" | "coach" | "member";

type Member = {
  userId: string;
  name: string | null;
  role: Role;
  inactive?: boolean;
  tier?: { number: number; name: string };
  hoursThisWeek?: number;
};

const ROLE_LABELS: Record<Role, string> = {
  organizer: "Organizer",
  coach: "Coach",
  member: "Member",
};

/** The organizer's role select for one member: a change asks first, then saves. */
function RoleSelect({ member, action }: { member: Member; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [value, setValue] = useState<Role>(member.role);
  const [saved, setSaved] = useState<Role>(member.role);
  // The page's new data after a save: take it as the value shown.
  if (saved !== member.role) {
    setSaved(member.role);
    setValue(member.role);
  }
  const who = member.name ?? "this member";
  return (
    <span className="inline-flex items-center gap-2">
      <label className="sr-only" htmlFor={`role-${member.userId}`}>
        Role of {who}
      </label>
      <select
        id={`role-${member.userId}`}
        value={value}
        disabled={pending}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        onChange={(e) => {
          const role = e.target.value as Role;
          const question =
            role === "member"
              ? `Make ${who} a member? They will be counted as a learner again.`
              : `Make ${who} ${role === "coach" ? "a coach" : "an organizer"}? ${
                  role === "organizer"
                    ? "Organizers manage the cohort and its members."
                    : "Coaches see who is stuck."
                } They are no longer counted as a learner.`;
          if (!window.confirm(question)) return;
          setValue(role);
          const form = new FormData();
          form.set("userId", member.userId);
          form.set("role", role);
          startTransition(() => formAction(form));
        }}
      >
        {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className="text-sm">
          {state.message}
        </span>
      ) : null}
    </span>
  );
}

/** The members of this page, with the organizer's role select and Remove. */
export function MemberList({
  members,
  selfId,
  removeAction,
  roleAction,
}: {
  members: Member[];
  selfId: string;
  removeAction?: Action;
  roleAction?: Action;
}) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Members">
      {members.map((m) => {
        const learner = m.role === "member";
        return (
          <li
            key={m.userId}
            className="flex flex-wrap items-center justify-between gap-2 py-2.5"
            data-member={m.userId}
          >
            <div>
              <p className="text-sm font-medium">
                {m.name}{" "}
                {learner ? null : (
                  <Badge tone={m.role === "organizer" ? "brand" : "good"}>
                    {ROLE_LABELS[m.role]}
                  </Badge>
                )}{" "}
                {m.inactive ? <Badge tone="warn">Inactive 14+ days</Badge> : null}
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {!learner
                  ? "Runs the cohort (not counted as a learner)"
                  : m.tier
                    ? m.tier.number
                      ? `Tier ${m.tier.number} · ${m.tier.name}`
                      : "Getting started"
                    : "Progress not shared"}
                {m.hoursThisWeek !== undefined ? ` · ${m.hoursThisWeek} h this week` : ""}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {roleAction ? <RoleSelect member={m} action={roleAction} /> : null}
              {removeAction && m.userId !== selfId ? (
                <ConfirmButton
                  action={removeAction}
                  label="Remove"
                  confirm={`Remove ${m.name ?? "this member"} from the cohort?`}
                  hidden={{ userId: m.userId }}
                  danger
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Members × the milestones of the tier they work toward next. */
export function MilestoneGrid({
  milestones,
  rows,
  label,
}: {
  milestones: { id: string; title: string }[];
  rows: { userId: string; name: string | null; met: string[] }[];
  label: string;
}) {
  return (
    <ScrollRegion label={`${label}: milestones met, member by member, scrolling sideways`}>
      <table className="min-w-full text-sm">
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-white py-2 pr-3 text-left font-medium dark:bg-zinc-900"
            >
              Member
            </th>
            {milestones.map((m) => (
              <th
                key={m.id}
                scope="col"
                className="min-w-24 px-1 py-2 text-left align-bottom text-xs font-medium text-zinc-600 dark:text-zinc-400"
              >
                {m.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map((row) => (
            <tr key={row.userId}>
              <th
                scope="row"
                className="sticky left-0 whitespace-nowrap bg-white py-2 pr-3 text-left font-normal dark:bg-zinc-900"
              >
                {row.name}
              </th>
              {milestones.map((m) => {
                const met = row.met.includes(m.id);
                return (
                  <td key={m.id} className="px-1 py-2">
                    <span
                      className={met ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-400"}
                      aria-label={met ? "met" : "not yet"}
                    >
                      {met ? "✓" : "·"}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The invite link with a Copy button; the confirmation is announced to screen readers. */
export function InviteLink({ link }: { link: string }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <p
        className="min-w-0 flex-1 break-words rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm dark:bg-zinc-800"
        data-testid="invite-link"
      >
        {/* Lines break after a slash, never inside the code or the host name. */}
        {link.split(/(?<=\/)(?!\/)/).map((part, i) => (
          <Fragment key={i}>
            {i ? <wbr /> : null}
            {part}
          </Fragment>
        ))}
      </p>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied("ok");
          } catch {
            setCopied("failed");
          }
        }}
      >
        Copy link
      </button>
      {/* A live region (not role="status": the card's other forms have their own). */}
      <span aria-live="polite" className="basis-full text-sm text-zinc-600 dark:text-zinc-400">
        {copied === "ok"
          ? "Link copied."
          : copied === "failed"
            ? "Could not copy: select the link and copy it."
            : ""}
      </span>
    </div>
  );
}
