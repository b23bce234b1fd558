import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getMyProgress, progressBody } from "@/lib/progress/progress";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getProgress, async ({ actor }) => ({
  body: progressBody(await getMyProgress(actor)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
