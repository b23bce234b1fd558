import { recordRouteHandlers } from "@/lib/api/record-routes";
import { otherMethods } from "@/lib/api/methods";

const handlers = recordRouteHandlers("papers");

export const GET = handlers.list;
export const POST = handlers.create;

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
