import { ROUTE_METHODS, UNROUTABLE_METHOD_HEADER, type RouteMethod } from "../route-methods.mjs";
import { AppError } from "../errors";
import { errorResponse } from "./handler";
import { operations, type Operation } from "./operations";

/** Any route handler: the operations' (apiRoute), Auth.js's, the calendar feed's. */
type RouteHandler = (request: never, context: never) => unknown;
type NotAllowedHandler = (request: Request) => Promise<Response>;

/** The handlers a route file exports besides its own: HEAD is GET's when there is one. */
type OtherMethods<Given> = {
  [M in Exclude<RouteMethod, keyof Given>]: M extends "HEAD"
    ? Given extends { GET: infer Get }
      ? Get
      : NotAllowedHandler
    : NotAllowedHandler;
};

/** The methods a route allows, in the order of ROUTE_METHODS: HEAD with GET, and OPTIONS. */
export function allowedMethods(exported: readonly string[]): RouteMethod[] {
  const allowed = new Set(exported);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return ROUTE_METHODS.filter((method) => allowed.has(method));
}

/** 405 with the Allow header: the API's JSON error, or plain text where errors are text. */
export function methodNotAllowed(
  method: string,
  allow: readonly string[],
  format: "json" | "text" = "json",
): Response {
  const message = `${method} is not allowed here; this path allows ${allow.join(", ")}.`;
  const response =
    format === "json"
      ? errorResponse(new AppError("method_not_allowed", message))
      : new Response(`${message}\n`, {
          status: 405,
          headers: {
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "private, no-store",
          },
        });
  response.headers.set("Allow", allow.join(", "));
  return response;
}

/**
 * The operations a route file serves must be exactly those of its path in lib/api/operations.ts,
 * each under its own method: the Allow header and the OpenAPI document then say the same thing.
 */
function checkAgainstOperations(given: Partial<Record<RouteMethod, RouteHandler>>) {
  const served = Object.entries(given).flatMap(([method, handler]) => {
    const operation = (handler as { operation?: Operation }).operation;
    return operation ? [{ method, operation }] : [];
  });
  if (served.length === 0) return;
  const path = served[0]!.operation.path;
  const declared = Object.values(operations as Record<string, Operation>)
    .filter((o) => o.path === path)
    .map((o) => o.method as string);
  const exported = served.map((s) => s.method);
  const mismatch =
    served.some((s) => s.operation.path !== path || s.operation.method !== s.method) ||
    declared.length !== exported.length ||
    declared.some((method) => !exported.includes(method));
  if (mismatch) {
    throw new Error(
      `The route file for ${path} exports ${exported.join(", ")}, but its operations are ${declared.join(", ")}.`,
    );
  }
}

/**
 * What a route file exports for the methods it does not serve, so that each answers as the API
 * documents rather than with Next.js's empty 405: HEAD is GET without the body (405 without a
 * GET), OPTIONS answers 204 with Allow, every other method 405 with Allow. A request the front
 * door turned into OPTIONS because Next.js cannot route its method (lib/route-methods.mjs)
 * answers 405 too. Every route file ends with
 *   export const { HEAD, OPTIONS, PUT, … } = otherMethods({ GET, POST });
 * listing the methods it does not export itself (a method listed twice fails to compile).
 */
export function otherMethods<const Given extends Partial<Record<RouteMethod, RouteHandler>>>(
  given: Given,
  { errors = "json" }: { errors?: "json" | "text" } = {},
): OtherMethods<Given> {
  checkAgainstOperations(given);
  const allow = allowedMethods(Object.keys(given));
  const notAllowed: NotAllowedHandler = async (request) =>
    methodNotAllowed(request.method, allow, errors);
  const others: Record<string, unknown> = {};
  for (const method of ROUTE_METHODS) {
    if (method in given) continue;
    others[method] = notAllowed;
  }
  if (given.GET && !given.HEAD) others.HEAD = given.GET;
  if (!given.OPTIONS) {
    others.OPTIONS = async (request: Request) => {
      const unroutable = request.headers.get(UNROUTABLE_METHOD_HEADER);
      if (unroutable) return methodNotAllowed(unroutable, allow, errors);
      return new Response(null, { status: 204, headers: { Allow: allow.join(", ") } });
    };
  }
  return others as OtherMethods<Given>;
}
