import { errorResponse } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";

// A path under /api/ that no route serves answers the API's JSON error (404), never the HTML
// not-found page: clients of the JSON API parse every answer as JSON. Routes that exist are
// more specific than this catch-all, so Next.js matches them first. Whatever the method: a path
// that is not there allows none (TRACE and the like reach OPTIONS here, lib/route-methods.mjs).
const unknownPath = async () => errorResponse(notFound("API path"));

export const GET = unknownPath;
export const HEAD = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
export const OPTIONS = unknownPath;
