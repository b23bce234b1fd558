import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listMentees } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listMentees, async ({ actor }) => ({
  body: { items: await listMentees(actor) },
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
