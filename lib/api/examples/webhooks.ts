import { type OperationExample, RECORD, ITEM, CREATED, UPDATED, WEBHOOK_EVENTS } from "./shared";

const webhook = {
  id: ITEM,
  url: "https://hooks.example.com/epoch",
  events: WEBHOOK_EVENTS,
  active: true,
  disabledAt: null,
  failingSince: null,
  createdAt: CREATED,
};
const webhookCreate = { url: "https://hooks.example.com/epoch", events: WEBHOOK_EVENTS };
const deliveries = {
  items: [
    {
      id: RECORD,
      event: "tier.reached",
      attempt: 1,
      status: "succeeded",
      responseCode: 200,
      error: null,
      at: UPDATED,
    },
  ],
  nextCursor: null,
};

/** The examples of the operations in operations/webhooks.ts, by operationId. */
export const webhookExamples: Record<string, OperationExample> = {
  listMyWebhooks: { response: { items: [webhook], nextCursor: null } },
  createMyWebhook: {
    request: webhookCreate,
    response: { ...webhook, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
  },
  updateMyWebhook: { request: { active: false }, response: { ...webhook, active: false } },
  deleteMyWebhook: {},
  listMyWebhookDeliveries: { response: deliveries },
  listCohortWebhooks: { response: { items: [webhook], nextCursor: null } },
  createCohortWebhook: {
    request: {
      url: webhookCreate.url,
      events: ["cohort.member_joined", "cohort.milestone_completed"],
    },
    response: {
      ...webhook,
      events: ["cohort.member_joined", "cohort.milestone_completed"],
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    },
  },
  updateCohortWebhook: {
    request: { events: ["cohort.member_joined"] },
    response: { ...webhook, events: ["cohort.member_joined"] },
  },
  deleteCohortWebhook: {},
  listCohortWebhookDeliveries: { response: deliveries },
};
