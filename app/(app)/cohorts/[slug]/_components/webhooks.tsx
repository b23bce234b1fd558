import { Card } from "@/app/components/ui";
import { webhookItems } from "@/app/components/webhook-items";
import { WebhooksManager } from "@/app/components/webhooks-manager";
import type { Actor } from "@/lib/policy";
import { allowLocalhost } from "@/lib/webhooks/ssrf";

/** The events a cohort's endpoint can receive (reviews stay between learner and coach). */
const COHORT_EVENTS = [
  "cohort.member_joined",
  "cohort.member_left",
  "cohort.milestone_completed",
  "tier.reached",
  "track.completed",
  "badge.issued",
] as const;

/** The cohort's webhooks, for its organizers (docs/DECISIONS.md, "Webhooks"). */
export async function CohortWebhooksCard({ actor, slug }: { actor: Actor; slug: string }) {
  return (
    <Card title="Webhooks" className="lg:col-span-3" id="webhooks">
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Signed JSON messages to your systems when members join, leave, check off the cohort&apos;s
        milestones or reach a tier. Each member&apos;s progress is sent only if they share it with
        the cohort.
      </p>
      <WebhooksManager
        cohortSlug={slug}
        initial={await webhookItems(actor, { cohortSlug: slug })}
        events={COHORT_EVENTS}
        localhostAllowed={allowLocalhost()}
      />
    </Card>
  );
}
