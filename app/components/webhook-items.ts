import "server-only";
import { everyItem } from "@/lib/pagination";
import type { Actor } from "@/lib/policy";
import { listWebhooks, type WebhookScope } from "@/lib/webhooks/endpoints";
import type { WebhookItem } from "./webhooks-manager";

/** What the client component takes of an endpoint (dates as ISO strings). */
export async function webhookItems(actor: Actor, scope: WebhookScope): Promise<WebhookItem[]> {
  const items = await everyItem((page) => listWebhooks(actor, scope, page));
  return items.map((h) => ({
    id: h.id,
    url: h.url,
    events: h.events,
    active: h.active,
    disabledAt: h.disabledAt?.toISOString() ?? null,
    failingSince: h.failingSince?.toISOString() ?? null,
  }));
}
