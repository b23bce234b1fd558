import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { invite, listInvitations } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.invite, async ({ actor, body }) => ({
  status: 201,
  body: await invite(actor, body),
}));

export const GET = apiRoute(operations.listInvitations, async ({ actor, query }) => ({
  body: await listInvitations(actor, query),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
