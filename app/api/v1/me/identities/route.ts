import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listIdentities } from "@/lib/auth/identities";

export const GET = apiRoute(operations.listIdentities, async ({ actor, query }) => ({
  body: await listIdentities(actor, query),
}));
