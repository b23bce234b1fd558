import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getMyProgress, progressBody } from "@/lib/progress/progress";

export const GET = apiRoute(operations.getProgress, async ({ actor }) => ({
  body: progressBody(await getMyProgress(actor)),
}));
