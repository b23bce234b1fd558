import { recordRouteHandlers } from "@/lib/api/record-routes";

const handlers = recordRouteHandlers("activities");

export const GET = handlers.list;
export const POST = handlers.create;
