import { apiRoute } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";
import { otherMethods } from "@/lib/api/methods";

// The document's `servers` is where it was asked from, unless APP_ORIGIN says where the app is.
export const GET = apiRoute(operations.openapi, async ({ request }) => ({
  body: openApiDocument({ origin: env().APP_ORIGIN ?? new URL(request.url).origin }),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
