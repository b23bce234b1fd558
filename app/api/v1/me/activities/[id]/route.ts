import { recordRouteHandlers } from "@/lib/api/record-routes";

const handlers = recordRouteHandlers("activities");

export const GET = handlers.get;
export const PATCH = handlers.update;
export const DELETE = handlers.remove;
