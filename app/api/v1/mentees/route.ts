import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listMentees } from "@/lib/coaching/coaching";

export const GET = apiRoute(operations.listMentees, async ({ actor, query }) => ({
  body: await listMentees(actor, query),
}));
