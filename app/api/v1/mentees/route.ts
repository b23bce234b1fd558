import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listMentees } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listMentees, async ({ actor, query }) => ({
  body: await listMentees(actor, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
