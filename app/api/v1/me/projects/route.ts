import { recordRouteHandlers } from "@/lib/api/record-routes";

const handlers = recordRouteHandlers("projects");

export const GET = handlers.list;
export const POST = handlers.create;
