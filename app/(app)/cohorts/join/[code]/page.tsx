import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { buttonClass, Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import { currentActor } from "@/lib/auth/current-user";
import { cohortForCode } from "@/lib/cohorts/membership";
import { AppError } from "@/lib/errors";
import { orUnavailable } from "@/lib/unavailable";
import { joinByLinkAction } from "../../actions";

export const metadata: Metadata = { title: "Join a cohort" };

/** What joining shares, from the defaults a new member starts with. */
function WhatJoiningShares({
  sharing,
}: {
  sharing: { shareProgress: boolean; shareHours: boolean; leaderboard: boolean };
}) {
  const item = (on: boolean, shared: string, kept: string) => (
    <li className="flex gap-2">
      <span aria-hidden className={on ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-500"}>
        {on ? "✓" : "–"}
      </span>
      <span>{on ? shared : kept}</span>
    </li>
  );
  return (
    <div className="text-sm">
      <p className="font-medium">What joining shares with the cohort</p>
      <ul
        className="mt-2 space-y-1 text-zinc-700 dark:text-zinc-300"
        aria-label="What joining shares"
      >
        {item(
          sharing.shareProgress,
          "Your tier and the milestones you have met",
          "Your tier and milestones stay private",
        )}
        {item(
          sharing.shareHours,
          "Your study hours per week",
          "Your study hours stay private until you share them",
        )}
        {item(
          sharing.leaderboard,
          "Your place on the leaderboard",
          "You are not on the leaderboard unless you join it",
        )}
      </ul>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Never what you studied or your notes. You can change all of this, or leave, at any time.
      </p>
    </div>
  );
}

export default async function JoinCohortPage({ params }: PageProps<"/cohorts/join/[code]">) {
  const { code: raw } = await params;
  // A malformed escape (a hand-typed link) is no code, not a 500.
  let code: string;
  try {
    code = decodeURIComponent(raw);
  } catch {
    code = "";
  }
  const here = `/cohorts/join/${encodeURIComponent(raw)}`;
  // Signed out, the page previews the cohort; signing in or up comes back here to join.
  const actor = await orUnavailable(here, currentActor);
  const cohort = await cohortForCode(actor, code).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  // A code that opens nothing is not found (docs/ARCHITECTURE.md, "The policy"), with the help
  // of ./not-found.tsx.
  if (!cohort) notFound();
  if (cohort.role) redirect(`/cohorts/${cohort.slug}`);
  const back = encodeURIComponent(here);

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
          <WhatJoiningShares sharing={cohort.sharing} />
          {actor ? (
            <form action={joinByLinkAction.bind(null, code)} className="flex flex-wrap gap-3">
              <button type="submit" className={buttonClass}>
                Join {cohort.name}
              </button>
              <Link href="/cohorts" className="self-center text-sm underline">
                Not now
              </Link>
            </form>
          ) : (
            <div>
              <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
                Sign in, or create a free account, to join. You come back here to confirm.
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
          )}
        </div>
      </Card>
    </>
  );
}
