import { Card } from "@/app/components/ui";
import type { CohortDashboard } from "@/lib/cohorts/dashboard";
import { removeMemberAction, updateSharingAction } from "../../actions";
import { ConfirmButton, SharingForm } from "../../forms";

/** What a learner shares with the cohort. */
export function SharingCard({
  slug,
  sharing,
}: {
  slug: string;
  sharing: NonNullable<CohortDashboard["you"]>;
}) {
  return (
    <Card title="What the cohort sees of you">
      <SharingForm action={updateSharingAction.bind(null, slug)} values={sharing} />
    </Card>
  );
}

/** Leave the cohort. */
export function LeaveCard({
  slug,
  cohortName,
  organizer,
  selfId,
}: {
  slug: string;
  cohortName: string;
  organizer: boolean;
  selfId: string;
}) {
  return (
    <Card title="Leave" className="lg:col-span-3">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        The cohort stops seeing anything of yours at once.
        {organizer ? " Make another member organizer first if you are the only one." : ""}
      </p>
      <ConfirmButton
        action={removeMemberAction.bind(null, slug)}
        label="Leave this cohort"
        confirm={`Leave ${cohortName}?`}
        hidden={{ userId: selfId }}
        danger
      />
    </Card>
  );
}
