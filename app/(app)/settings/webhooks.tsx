import { Card } from "@/app/components/ui";
import { WebhooksManager, type WebhookItem } from "@/app/components/webhooks-manager";
import type { Actor } from "@/lib/policy";
import { listWebhooks, type WebhookScope } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/schemas";
import { allowLocalhost } from "@/lib/webhooks/ssrf";

/** What the client component takes of an endpoint (dates as ISO strings). */
export async function webhookItems(actor: Actor, scope: WebhookScope): Promise<WebhookItem[]> {
  const { items } = await listWebhooks(actor, scope);
  return items.map((h) => ({
    id: h.id,
    url: h.url,
    events: h.events,
    active: h.active,
    disabledAt: h.disabledAt?.toISOString() ?? null,
    failingSince: h.failingSince?.toISOString() ?? null,
  }));
}

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
        base="/api/v1/me/webhooks"
        initial={await webhookItems(actor, {})}
        events={WEBHOOK_EVENTS}
        localhostAllowed={allowLocalhost()}
      />
    </Card>
  );
}
