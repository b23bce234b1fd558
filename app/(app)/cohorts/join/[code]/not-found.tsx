import Link from "next/link";
import { Card, PageHeader } from "@/app/components/ui";
import { currentActor } from "@/lib/auth/current-user";
import { joinCohortAction } from "../../actions";
import { JoinByCodeForm } from "../../forms";

/**
 * An invite link whose code opens no cohort: a 404, with a way to type the current code
 * (once signed in: joining needs an account).
 */
export default async function InviteNotFound() {
  const actor = await currentActor();
  return (
    <>
      <PageHeader title="Join a cohort" />
      <Card className="max-w-xl">
        <p className="mb-4 text-sm">
          This invite link no longer works: the organizer may have made a new one. Ask them for the
          current link or code.
        </p>
        {actor ? (
          <JoinByCodeForm action={joinCohortAction} />
        ) : (
          <p className="text-sm">
            <Link href="/sign-in?callbackUrl=%2Fcohorts" className="font-semibold underline">
              Sign in
            </Link>{" "}
            to join with a code.
          </p>
        )}
      </Card>
    </>
  );
}
