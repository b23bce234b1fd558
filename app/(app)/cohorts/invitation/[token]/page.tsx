import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, buttonClass, Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import { currentActor } from "@/lib/auth/current-user";
import { invitationForToken } from "@/lib/cohorts/invitations";
import { AppError } from "@/lib/errors";
import { orUnavailable } from "@/lib/unavailable";
import { joinByInvitationAction } from "../../invitation-actions";

export const metadata: Metadata = { title: "Your cohort invitation" };

/**
 * A personal join link (roster import): the cohort, the email it was sent to, and joining;
 * signed out, the way to sign up or in and come back. Only the account with the invited email
 * may use it (docs/DECISIONS.md, "Roster import").
 */
export default async function InvitationPage({ params }: PageProps<"/cohorts/invitation/[token]">) {
  const { token: raw } = await params;
  let token: string;
  try {
    token = decodeURIComponent(raw);
  } catch {
    token = "";
  }
  const here = `/cohorts/invitation/${encodeURIComponent(token)}`;
  const actor = await orUnavailable(here, currentActor);
  const invitation = token.isWellFormed()
    ? await invitationForToken(actor, token).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      })
    : null;

  if (!invitation) {
    return (
      <>
        <PageHeader title="Join a cohort" />
        <Card className="max-w-xl">
          <p className="text-sm" data-testid="invitation-problem">
            This invitation link is not valid: it may have been cut short when it was copied. Ask
            the organizer for your link, or for the cohort&apos;s invite code.
          </p>
        </Card>
      </>
    );
  }
  if (invitation.member && invitation.forYou) redirect(`/cohorts/${invitation.cohort.slug}`);
  const back = encodeURIComponent(here);
  const { cohort } = invitation;

  return (
    <>
      <PageHeader title="Join a cohort" />
      <Card className="max-w-xl">
        <div className="space-y-4">
          <p>
            You are invited to <strong>{cohort.name}</strong>.
          </p>
          {cohort.description ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{cohort.description}</p>
          ) : null}
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            This link is for <strong className="break-all">{invitation.email}</strong>
            {invitation.name ? ` (${invitation.name})` : ""}. Joining shares your tier and the
            milestones you have met with the cohort; your hours and a place on the leaderboard only
            if you choose. You can change this, or leave, at any time.
          </p>
          {!actor ? (
            <div>
              <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
                Create a free account with {invitation.email}, or sign in with it, to join. You come
                back here to confirm.
              </p>
              <div className="flex flex-wrap gap-3">
                <Link href={`/sign-up?callbackUrl=${back}`} className={buttonClass}>
                  Sign up
                </Link>
                <Link href={`/sign-in?callbackUrl=${back}`} className={secondaryButtonClass}>
                  Sign in
                </Link>
              </div>
            </div>
          ) : !invitation.forYou ? (
            <Alert>
              <span data-testid="invitation-problem">
                You are signed in with another email. This invitation is for {invitation.email}:
                sign out and sign in (or sign up) with that email to use it.
              </span>
            </Alert>
          ) : invitation.joined ? (
            <Alert>
              <span data-testid="invitation-problem">
                This invitation has already been used. Ask the organizer for the cohort&apos;s
                invite link.
              </span>
            </Alert>
          ) : (
            <form
              action={joinByInvitationAction.bind(null, token)}
              className="flex flex-wrap gap-3"
            >
              <button type="submit" className={buttonClass}>
                Join {cohort.name}
              </button>
              <Link href="/cohorts" className="self-center text-sm underline">
                Not now
              </Link>
            </form>
          )}
        </div>
      </Card>
    </>
  );
}
