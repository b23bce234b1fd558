import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { menteeProgress } from "@/lib/coaching/coaching";
import { progressBody } from "@/lib/progress/progress";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.menteeProgress, async ({ actor, params }) => ({
  body: progressBody(await menteeProgress(actor, params.userId)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
