import { Card, PageHeader } from "@/app/components/ui";
import { joinCohortAction } from "../../actions";
import { JoinByCodeForm } from "../../forms";

/** An invite link whose code opens no cohort: a 404, with a way to type the current code. */
export default function InviteNotFound() {
  return (
    <>
      <PageHeader title="Join a cohort" />
      <Card className="max-w-xl">
        <p className="mb-4 text-sm">
          This invite link no longer works: the organizer may have made a new one. Ask them for the
          current link or code.
        </p>
        <JoinByCodeForm action={joinCohortAction} />
      </Card>
    </>
  );
}
