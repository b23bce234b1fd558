import { z } from "zod";
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENTS } from "@/db/enums";
import { cohortSlugParams } from "../cohorts/schemas";
import { listQuery, pageOf } from "../pagination";

/** Webhook endpoints and their deliveries as the API takes and answers them (docs/DECISIONS.md, "Webhooks"). */

export { WEBHOOK_EVENTS };
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Endpoints one account, or one cohort, may keep. */
export const MAX_ENDPOINTS = 10;

const url = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(2000, "must be at most 2000 characters");

const events = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `must be one of ${WEBHOOK_EVENTS.join(", ")}` }), {
    error: "must be a list of events",
  })
  .min(1, "must name at least one event")
  .max(WEBHOOK_EVENTS.length * 2, "names an event twice")
  .transform((list) => [...new Set(list)]);

const active = z.boolean({ error: "must be true or false" });

export const webhookCreate = z.object({ url, events, active: active.optional() }).strict();
export type WebhookCreate = z.infer<typeof webhookCreate>;

export const webhookPatch = z
  .object({ url: url.optional(), events: events.optional(), active: active.optional() })
  .strict();
export type WebhookPatch = z.infer<typeof webhookPatch>;

export const webhookParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });
export const cohortWebhookParams = cohortSlugParams.extend({
  id: z.uuid({ error: "must be a UUID" }),
});
export const deliveriesQuery = listQuery.extend({
  limit: listQuery.shape.limit.default(20),
});

export const webhookOutput = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    active: z.boolean().describe("false when turned off, or disabled after a day of failures"),
    disabledAt: z.iso
      .datetime()
      .nullable()
      .describe("set when a day of failed deliveries disabled it; PATCH {active: true} re-enables"),
    failingSince: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookEndpoint" });
export const webhookCreated = webhookOutput.extend({
  secret: z
    .string()
    .describe("the Standard Webhooks signing secret (whsec_…), shown only in this answer"),
});
export const webhookList = pageOf(webhookOutput);

export const deliveryOutput = z
  .object({
    id: z.uuid(),
    event: z.enum(WEBHOOK_EVENTS),
    attempt: z.number().int(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    responseCode: z.number().int().nullable(),
    error: z.string().nullable(),
    at: z.iso.datetime().describe("when the attempt was made, or for a pending one when it is due"),
  })
  .meta({ id: "WebhookDelivery" });
export const deliveryList = pageOf(deliveryOutput);
