import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { menteeProgress } from "@/lib/coaching/coaching";
import { progressBody } from "@/lib/progress/progress";

export const GET = apiRoute(operations.menteeProgress, async ({ actor, params }) => ({
  body: progressBody(await menteeProgress(actor, params.userId)),
}));
