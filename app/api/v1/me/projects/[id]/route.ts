import { recordRouteHandlers } from "@/lib/api/record-routes";
import { otherMethods } from "@/lib/api/methods";

const handlers = recordRouteHandlers("projects");

export const GET = handlers.get;
export const PATCH = handlers.update;
export const DELETE = handlers.remove;

export const { HEAD, POST, PUT, OPTIONS } = otherMethods({ GET, PATCH, DELETE });
