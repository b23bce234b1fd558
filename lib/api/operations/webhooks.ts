import { cohortSlugParams } from "../../cohorts/schemas";
import {
  cohortWebhookParams,
  deliveriesQuery,
  deliveryList,
  webhookCreate,
  webhookCreated,
  webhookList,
  webhookOutput,
  webhookParams,
  webhookPatch,
} from "../../webhooks/schemas";
import { listQuery } from "../../pagination";
import { op, type Operation } from "./operation";

const tag = "Webhooks";
const events =
  "Events: tier.reached, track.completed, badge.issued, review.requested, review.decided, cohort.member_joined, cohort.member_left, cohort.milestone_completed. Deliveries carry the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) and the body {type, timestamp, data}";

/**
 * Webhook endpoints (docs/DECISIONS.md, "Webhooks"): a learner's own, and a cohort's, which
 * only its organizers manage (members and cohort coaches 403, anyone else 404).
 */
export const webhookOperations = {
  listMyWebhooks: op({
    method: "GET",
    path: "/api/v1/me/webhooks",
    summary: "Your webhook endpoints, oldest first",
    tag,
    auth: "user",
    query: listQuery,
    response: webhookList,
    errors: [401, 422],
  }),
  createMyWebhook: op({
    method: "POST",
    path: "/api/v1/me/webhooks",
    summary: `Register a webhook endpoint: https, on a public address (422 otherwise); the signing secret is in this answer only. ${events}`,
    tag,
    auth: "user",
    body: webhookCreate,
    response: webhookCreated,
    status: 201,
    errors: [400, 401, 409, 413, 422],
  }),
  updateMyWebhook: op({
    method: "PATCH",
    path: "/api/v1/me/webhooks/{id}",
    summary:
      "Change an endpoint's url, events or active; {active: true} re-enables one disabled by failures",
    tag,
    auth: "user",
    params: webhookParams,
    body: webhookPatch,
    response: webhookOutput,
    errors: [400, 401, 404, 413, 422],
  }),
  deleteMyWebhook: op({
    method: "DELETE",
    path: "/api/v1/me/webhooks/{id}",
    summary: "Remove an endpoint and its delivery log",
    tag,
    auth: "user",
    params: webhookParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  listMyWebhookDeliveries: op({
    method: "GET",
    path: "/api/v1/me/webhooks/{id}/deliveries",
    summary: "An endpoint's delivery attempts, newest first, each with its response code",
    tag,
    auth: "user",
    params: webhookParams,
    query: deliveriesQuery,
    response: deliveryList,
    errors: [401, 404, 422],
  }),
  listCohortWebhooks: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/webhooks",
    summary: "The cohort's webhook endpoints, oldest first (organizers; members 403, others 404)",
    tag,
    auth: "user",
    params: cohortSlugParams,
    query: listQuery,
    response: webhookList,
    errors: [401, 403, 404, 422],
  }),
  createCohortWebhook: op({
    method: "POST",
    path: "/api/v1/cohorts/{slug}/webhooks",
    summary: `Register a webhook for the cohort (organizers): it carries only what each member shares with the cohort. ${events}`,
    tag,
    auth: "user",
    params: cohortSlugParams,
    body: webhookCreate,
    response: webhookCreated,
    status: 201,
    errors: [400, 401, 403, 404, 409, 413, 422],
  }),
  updateCohortWebhook: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/webhooks/{id}",
    summary: "Change one of the cohort's endpoints (organizers)",
    tag,
    auth: "user",
    params: cohortWebhookParams,
    body: webhookPatch,
    response: webhookOutput,
    errors: [400, 401, 403, 404, 413, 422],
  }),
  deleteCohortWebhook: op({
    method: "DELETE",
    path: "/api/v1/cohorts/{slug}/webhooks/{id}",
    summary: "Remove one of the cohort's endpoints (organizers)",
    tag,
    auth: "user",
    params: cohortWebhookParams,
    status: 204,
    errors: [401, 403, 404, 422],
  }),
  listCohortWebhookDeliveries: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/webhooks/{id}/deliveries",
    summary: "One of the cohort's endpoints' delivery attempts (organizers)",
    tag,
    auth: "user",
    params: cohortWebhookParams,
    query: deliveriesQuery,
    response: deliveryList,
    errors: [401, 403, 404, 422],
  }),
} satisfies Record<string, Operation>;
