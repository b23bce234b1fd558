import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { importAccount } from "@/lib/portability/import";
import { describeImport } from "@/lib/portability/summary";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.importMe, async ({ actor, body }) => {
  const counts = await importAccount(actor, body);
  return { body: { ...counts, message: describeImport(counts) } };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
