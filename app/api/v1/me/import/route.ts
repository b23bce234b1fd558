import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { importAccount } from "@/lib/portability/import";

export const POST = apiRoute(operations.importMe, async ({ actor, body }) => ({
  body: await importAccount(actor, body),
}));
