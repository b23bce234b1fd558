import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { buttonClass, Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { cohortForCode } from "@/lib/cohorts/cohorts";
import { AppError } from "@/lib/errors";
import { joinByLinkAction } from "../../actions";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinCohortPage({ params }: PageProps<"/cohorts/join/[code]">) {
  const { code: raw } = await params;
  // A malformed escape (a hand-typed link) is no code, not a 500.
  let code: string;
  try {
    code = decodeURIComponent(raw);
  } catch {
    code = "";
  }
  // Signed-out visitors were sent to sign in (or up) and come back here.
  const actor = await requirePageActor(`/cohorts/join/${encodeURIComponent(raw)}`);
  const cohort = await cohortForCode(actor, code).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  // A code that opens nothing is not found (DESIGN §6), with the help of ./not-found.tsx.
  if (!cohort) notFound();
  if (cohort.role) redirect(`/cohorts/${cohort.slug}`);

  return (
    <>
      <PageHeader title="Join a cohort" />
      <Card className="max-w-xl">
        <form action={joinByLinkAction.bind(null, code)} className="space-y-4">
          <p>
            You are invited to <strong>{cohort.name}</strong>.
          </p>
          {cohort.description ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{cohort.description}</p>
          ) : null}
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            The cohort will see your tier and milestones; your hours and the leaderboard stay
            private until you share them.
          </p>
          <div className="flex gap-3">
            <button type="submit" className={buttonClass}>
              Join {cohort.name}
            </button>
            <Link href="/cohorts" className="self-center text-sm underline">
              Not now
            </Link>
          </div>
        </form>
      </Card>
    </>
  );
}
