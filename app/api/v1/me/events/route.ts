import { recordRouteHandlers } from "@/lib/api/record-routes";

const handlers = recordRouteHandlers("events");

export const GET = handlers.list;
export const POST = handlers.create;
