import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";

export const GET = apiRoute(operations.openapi, async () => ({ body: openApiDocument() }));
