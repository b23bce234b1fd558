import { Card } from "@/app/components/ui";
import { webhookItems } from "@/app/components/webhook-items";
import { WebhooksManager } from "@/app/components/webhooks-manager";
import type { Actor } from "@/lib/policy";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/schemas";
import { allowLocalhost } from "@/lib/webhooks/ssrf";

/** Settings → Webhooks: the learner's own endpoints (docs/DECISIONS.md, "Webhooks"). */
export async function WebhooksSection({ actor }: { actor: Actor }) {
  return (
    <Card title="Webhooks" id="webhooks">
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Epoch posts a signed JSON message to your endpoint when something happens to you: a tier
        reached, a review requested or decided, a cohort joined. Failed deliveries are retried for
        about a day; an endpoint that fails for a whole day is disabled, and you are told.
      </p>
      <WebhooksManager
        initial={await webhookItems(actor, {})}
        events={WEBHOOK_EVENTS}
        localhostAllowed={allowLocalhost()}
      />
    </Card>
  );
}
