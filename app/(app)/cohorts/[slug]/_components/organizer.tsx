import { Card } from "@/app/components/ui";
import type { CohortDashboard } from "@/lib/cohorts/dashboard";
import { rotateCodeAction, updateCohortAction } from "../../actions";
import { CohortDetailsForm, ConfirmButton } from "../../forms";
import { InviteLink } from "./member-views";

/** The invite link and code, a new code, and the CSV export (organizer). */
export function InviteCard({ slug, code, origin }: { slug: string; code: string; origin: string }) {
  const inviteLink = `${origin}/cohorts/join/${code}`;
  return (
    <Card title="Invite learners" className="lg:col-span-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Share the link, or the code for the Join form.
      </p>
      <InviteLink link={inviteLink} />
      <p className="mt-2 text-sm">
        Code:{" "}
        <span className="font-mono font-semibold" data-testid="invite-code">
          {code}
        </span>
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <ConfirmButton
          action={rotateCodeAction.bind(null, slug)}
          label="Make a new code"
          confirm="Make a new invite code? The current link and code stop working at once."
        />
        <a
          href={`/api/v1/cohorts/${slug}/export.csv`}
          download
          className="self-center text-sm font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Download progress (CSV)
        </a>
      </div>
    </Card>
  );
}

/** Rename or re-date the cohort (organizer). */
export function CohortDetailsCard({
  slug,
  cohort,
}: {
  slug: string;
  cohort: CohortDashboard["cohort"];
}) {
  return (
    <Card title="Cohort details" className="lg:col-span-3">
      <CohortDetailsForm
        action={updateCohortAction.bind(null, slug)}
        submitLabel="Save details"
        values={cohort}
      />
    </Card>
  );
}
