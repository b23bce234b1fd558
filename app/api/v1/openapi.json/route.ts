import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.openapi, async () => ({ body: openApiDocument() }));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
