import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listIdentities } from "@/lib/auth/identities";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listIdentities, async ({ actor, query }) => ({
  body: await listIdentities(actor, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
