import Link from "next/link";
import { Badge, Card } from "@/app/components/ui";
import { currentViewer } from "@/lib/auth/current-user";
import { todayIn } from "@/lib/dates";
import type { Actor } from "@/lib/policy";
import { invitationCounts, listInvitations } from "@/lib/cohorts/invitations";
import { importInvitationsAction } from "../../invitation-actions";
import { formatDate } from "../../../records/parts";
import { CopyLinkButton, RosterImportForm } from "./roster-form";

const PAGE = 50;

/**
 * Roster import, for those who run the cohort: invite a list by email, then who was invited
 * and who joined, with the personal links to copy when the server does not send email.
 */
export async function RosterCard({
  actor,
  slug,
  origin,
  cursor,
}: {
  actor: Actor;
  slug: string;
  origin: string;
  /** The `invitations` query parameter: a page of the list after the first. */
  cursor?: string;
}) {
  const [counts, list, viewer] = await Promise.all([
    invitationCounts(actor, slug),
    listInvitations(actor, slug, { limit: PAGE, cursor }, origin).catch(() =>
      // A cursor from an old or edited address: the first page.
      listInvitations(actor, slug, { limit: PAGE }, origin),
    ),
    currentViewer(),
  ]);
  // The day of an invitation where the viewer lives, not where the server runs.
  const timeZone = viewer?.me.profile.timezone ?? "UTC";
  const dayOf = (at: string | Date) => formatDate(todayIn(timeZone, new Date(at)));
  const pending = counts.invited - counts.joined;
  return (
    <Card title="Invite a list" className="lg:col-span-3" id="roster">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Each person gets a join link of their own, which works for their email only. Emails already
        invited or in the cohort are not invited again.
      </p>
      <RosterImportForm action={importInvitationsAction.bind(null, slug)} />

      {/* Open unless long: a big list would push the dashboard far down the page. */}
      <details className="mt-6" open={counts.invited <= 20 || Boolean(cursor)}>
        <summary className="cursor-pointer text-sm font-semibold" id="invitations-heading">
          Invitations{" "}
          <span className="font-normal text-zinc-600 dark:text-zinc-400">
            {counts.invited
              ? `(${counts.invited}: ${counts.joined} joined, ${pending} not yet)`
              : "(none yet)"}
          </span>
        </summary>
        {list.items.length ? (
          <ul
            aria-labelledby="invitations-heading"
            className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800"
            data-testid="invitations"
          >
            {list.items.map((item) => (
              <li
                key={item.email}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm"
                data-testid="invitation"
                data-email={item.email}
              >
                <span className="min-w-0 flex-1 basis-56">
                  <span className="block break-all font-medium">{item.email}</span>
                  {item.name ? (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {item.name}
                    </span>
                  ) : null}
                </span>
                <Badge tone={item.status === "joined" ? "good" : "neutral"}>
                  <span data-testid="invitation-status">
                    {item.status === "joined" ? "joined" : "invited"}
                  </span>
                </Badge>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  {item.status === "joined" && item.joinedAt
                    ? `joined ${dayOf(item.joinedAt)}`
                    : `invited ${dayOf(item.invitedAt)}`}
                </span>
                {item.link ? (
                  <span className="flex basis-full flex-wrap items-center gap-2">
                    <input
                      readOnly
                      value={item.link}
                      aria-label={`Join link for ${item.email}`}
                      data-testid="invitation-link"
                      className="min-w-0 flex-1 basis-64 rounded-lg bg-zinc-100 px-3 py-1.5 font-mono text-xs dark:bg-zinc-800"
                    />
                    <CopyLinkButton link={item.link} email={item.email} />
                  </span>
                ) : item.status === "invited" ? (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    link sent by email
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {cursor || list.nextCursor ? (
          <p className="mt-3 flex gap-4 text-sm">
            {cursor ? (
              <Link href={`/cohorts/${slug}#roster`} className="underline">
                First page
              </Link>
            ) : null}
            {list.nextCursor ? (
              <Link
                href={`/cohorts/${slug}?invitations=${encodeURIComponent(list.nextCursor)}#roster`}
                className="underline"
              >
                Older invitations
              </Link>
            ) : null}
          </p>
        ) : null}
      </details>
    </Card>
  );
}
