"use client";

import type { ActionState } from "@/lib/actions";
import { ScrollRegion } from "@/app/components/scroll-region";
import { Badge } from "@/app/components/ui";
import { ConfirmButton } from "../forms";

/*
 * The cohort page's per-member views. Client components although they hardly
 * interact: the page then carries the members' data once, not every element
 * twice (as HTML and as RSC payload), which a big cohort's page felt.
 */

type Member = {
  userId: string;
  name: string | null;
  role: "organizer" | "member";
  inactive?: boolean;
  tier?: { number: number; name: string };
  hoursThisWeek?: number;
};

/** The members of this page, with the organizer's Remove. */
export function MemberList({
  members,
  removeAction,
}: {
  members: Member[];
  removeAction?: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Members">
      {members.map((m) => (
        <li
          key={m.userId}
          className="flex flex-wrap items-center justify-between gap-2 py-2.5"
          data-member={m.userId}
        >
          <div>
            <p className="text-sm font-medium">
              {m.name} {m.role === "organizer" ? <Badge tone="brand">Organizer</Badge> : null}{" "}
              {m.inactive ? <Badge tone="warn">Inactive 14+ days</Badge> : null}
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {m.tier
                ? m.tier.number
                  ? `Tier ${m.tier.number} · ${m.tier.name}`
                  : "Getting started"
                : "Progress not shared"}
              {m.hoursThisWeek !== undefined ? ` · ${m.hoursThisWeek} h this week` : ""}
            </p>
          </div>
          {removeAction && m.role === "member" ? (
            <ConfirmButton
              action={removeAction}
              label="Remove"
              confirm={`Remove ${m.name ?? "this member"} from the cohort?`}
              hidden={{ userId: m.userId }}
              danger
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Members × the next tier's milestones. */
export function MilestoneGrid({
  milestones,
  rows,
}: {
  milestones: { id: string; title: string }[];
  rows: { userId: string; name: string | null; met: string[] }[];
}) {
  return (
    <ScrollRegion label="Milestones met, member by member, scrolling sideways">
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
