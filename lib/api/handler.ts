import { z } from "zod";
import { env } from "../env";
import { databaseUnavailable } from "@/db/client";
import { AppError, invalid, pgErrorCode } from "../errors";
import { fieldMessage } from "../field-labels";
import { requestSession } from "../auth/session-reader";
import { userForApiToken } from "../auth/tokens";
import type { Actor } from "../policy";
import type { Operation } from "./operations";
import { responseObserver } from "./response-observer";

/** Request bodies larger than this answer 413 before they are parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

export type HandlerContext<O extends Operation> = {
  actor: O["auth"] extends "user" ? Actor : Actor | null;
  body: O["body"] extends z.ZodType ? z.output<O["body"]> : undefined;
  query: O["query"] extends z.ZodType ? z.output<O["query"]> : undefined;
  params: O["params"] extends z.ZodType ? z.output<O["params"]> : undefined;
  /**
   * The body as text when the request sent the operation's `textBody` media type (`body` is
   * then undefined); null otherwise.
   */
  text: string | null;
  request: Request;
  /** The Auth.js session row, when the caller came with the browser cookie. */
  sessionToken: string | null;
};

type Result = Response | { status?: number; body?: unknown; headers?: Record<string, string> };

/**
 * Cache-Control of every API answer. Anything that depends on who asks, every write and every
 * error is `private, no-store`: nothing personal may stay in a shared cache or the browser's.
 * Only public reads that are the same for everyone have a policy of their own (docs/DECISIONS.md):
 * - the roadmap and the OpenAPI document change with a deployment or an editor's rare change,
 *   so any cache may keep them five minutes;
 * - a public profile is `no-store`: its owner can make it private at any moment, and it must
 *   then be gone at once, not five minutes later from some proxy;
 * - health is `no-store`: a monitor must see the database as it is now;
 * - a badge's verification is `no-store` (a revocation shows at once); the issuer's profile and
 *   keys, five minutes.
 */
const PRIVATE = "private, no-store";
const PUBLIC_READS: Record<string, string> = {
  "GET /api/v1/roadmap": "public, max-age=300",
  "GET /api/v1/openapi.json": "public, max-age=300",
  "GET /api/v1/profiles/{slug}": "no-store",
  "GET /api/v1/health": "no-store",
  // A badge's status changes when its owner revokes it: never kept. The issuer's profile and
  // keys are public and change only with a rotation (a new key is listed before it signs).
  "GET /api/v1/badges/{id}": "no-store",
  "GET /api/v1/badges/issuer": "public, max-age=300",
  "GET /api/v1/badges/keys/{kid}": "public, max-age=300",
  "GET /.well-known/jwks.json": "public, max-age=300",
};

export function cacheControlFor(operation: Pick<Operation, "method" | "path">, status: number) {
  if (status >= 300) return PRIVATE;
  return PUBLIC_READS[`${operation.method} ${operation.path}`] ?? PRIVATE;
}

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { "Cache-Control": PRIVATE };
  if (error.retryAfter) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfter)));
  return Response.json(
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      },
    },
    { status: error.status, headers },
  );
}

/** Zod issues as `{ field: why }`, the first issue per field. */
export function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "body";
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) fields[k] ??= "is not a known field";
    } else {
      fields[key] ??= issue.message;
    }
  }
  return fields;
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = fieldsOf(parsed.error);
  const summary = Object.entries(fields)
    .map(([f, why]) => fieldMessage(f, why))
    .join("; ");
  throw new AppError("validation_failed", `Invalid ${where}: ${summary}`, fields);
}

/** Reads the body, stopping as soon as it passes the limit (a missing Content-Length is no way around it). */
async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () =>
    new AppError("payload_too_large", `The body is larger than ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw tooLarge();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * PostgreSQL cannot store U+0000 in text; refuse it up front, naming the field.
 * A loop, not recursion: 64 KiB of `[` nests deeper than the call stack goes.
 */
export function findNulField(value: unknown): string | null {
  type Node = { value: unknown; key?: string; parent?: Node };
  const stack: Node[] = [{ value }];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.value === "string") {
      if (!node.value.includes("\u0000")) continue;
      const path: string[] = [];
      for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
      return path.reverse().join(".") || "body";
    }
    if (node.value && typeof node.value === "object") {
      // Pushed last to first, so the first field in the body is reported first.
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: node });
    }
  }
  return null;
}

/** The media type the request says it sends (parameters such as charset aside), if any. */
function mediaTypeOf(request: Request): string | undefined {
  return request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() || undefined;
}

/** Whether the request says it sends this media type. */
function sends(request: Request, mediaType: string): boolean {
  return mediaTypeOf(request) === mediaType;
}

/** JSON, or a JSON-based type (`application/problem+json`, `application/merge-patch+json`, …). */
const isJson = (type: string | undefined) =>
  type === "application/json" || /^application\/[^/\s]+\+json$/.test(type ?? "");

/** 415 naming what the operation reads: a body that is not JSON is never guessed at. */
function unsupportedMediaType(operation: Operation, request: Request): AppError {
  const accepted = [
    "application/json",
    ...(operation.textBody ? [operation.textBody.contentType] : []),
  ];
  const type = mediaTypeOf(request);
  return new AppError(
    "unsupported_media_type",
    `Send the body as ${accepted.join(" or ")}${type ? `, not ${type}` : " with that Content-Type"}.`,
  );
}

/** A text body (CSV): within the limit, valid UTF-8, no NUL (which PostgreSQL refuses). */
async function readText(request: Request, limit: number): Promise<string> {
  const text = await readBody(request, limit);
  if (!text.isWellFormed() || text.includes("\ufffd") || text.includes("\u0000"))
    throw new AppError("bad_request", "The body is not valid UTF-8 text.");
  return text;
}

async function readJson(request: Request, operation: Operation, limit: number): Promise<unknown> {
  const text = await readBody(request, limit);
  if (text.trim() === "") return {};
  if (!isJson(mediaTypeOf(request))) throw unsupportedMediaType(operation, request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  const nulField = findNulField(value);
  if (nulField) throw invalid(nulField, "must not contain NUL characters");
  return value;
}

/** What goes to the server log: the database's own message, never a query's parameters. */
function describeForLog(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const root = cause instanceof Error ? cause : error;
  const code = (root as { code?: unknown })?.code;
  return root instanceof Error
    ? `${root.name}${code ? ` ${String(code)}` : ""}: ${root.message}\n${root.stack ?? ""}`
    : String(root);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie rides along on cross-site requests, so a cookie-authenticated write
 * must come from our own pages: the browser's Origin must name the host the
 * request was sent to (or APP_ORIGIN). Without an Origin, Sec-Fetch-Site decides;
 * with neither (not a browser), the request cannot be a forged cross-site one.
 */
function isSameSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return (request.headers.get("sec-fetch-site") ?? "same-origin") !== "cross-site";
  if (origin === env().APP_ORIGIN) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [
    request.headers.get("x-forwarded-host"),
    request.headers.get("host"),
    new URL(request.url).host,
  ];
  return hosts.some((h) => h !== null && h.split(",")[0]!.trim() === originHost);
}

/** Who is calling: a bearer token, else the session cookie (with a same-origin check for writes). */
async function authenticate(
  request: Request,
): Promise<{ actor: Actor | null; sessionToken: string | null }> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await userForApiToken(match[1]!) : null;
    if (!userId) throw new AppError("unauthorized", "The access token is invalid or revoked.");
    return { actor: { userId, via: "token" }, sessionToken: null };
  }
  const session = await requestSession(request);
  if (!session) return { actor: null, sessionToken: null };
  if (!SAFE_METHODS.has(request.method) && !isSameSite(request)) {
    throw new AppError("forbidden", "Cross-site requests are not accepted.");
  }
  return { actor: { userId: session.userId, via: "session" }, sessionToken: session.sessionToken };
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Every route handler goes through here: authenticate, parse input with the
 * operation's zod schemas, run, and map every failure to the JSON error format.
 * Nothing from a stack trace or SQL reaches the caller.
 */
export function apiRoute<O extends Operation>(
  operation: O,
  handler: (ctx: HandlerContext<O>) => Promise<Result>,
) {
  const answer = async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      // Public operations ignore credentials: a stale token must not break health checks or sign-up.
      const { actor, sessionToken } =
        operation.auth === "user"
          ? await authenticate(request)
          : { actor: null, sessionToken: null };
      if (operation.auth === "user" && !actor) {
        throw new AppError("unauthorized", "Sign in or send a personal access token.");
      }
      const rawParams = context ? await context.params : {};
      const params = operation.params ? parseWith(operation.params, rawParams, "path") : undefined;
      const query = operation.query
        ? parseWith(operation.query, Object.fromEntries(new URL(request.url).searchParams), "query")
        : undefined;
      const limit = operation.maxBodyBytes ?? MAX_BODY_BYTES;
      const text =
        operation.textBody && sends(request, operation.textBody.contentType)
          ? await readText(request, limit)
          : null;
      const body =
        operation.body && text === null
          ? parseWith(operation.body, await readJson(request, operation, limit), "body")
          : undefined;
      const result = await handler({
        actor,
        body,
        query,
        params,
        text,
        request,
        sessionToken,
      } as HandlerContext<O>);
      if (result instanceof Response) return result;
      const status = result.status ?? operation.status ?? 200;
      if (status === 204) return new Response(null, { status, headers: result.headers });
      return Response.json(result.body ?? {}, { status, headers: result.headers });
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      if (databaseUnavailable(error)) {
        return errorResponse(
          new AppError("unavailable", "The database is unavailable. Try again shortly."),
        );
      }
      // Values PostgreSQL refuses that the schemas let through (out-of-range dates or numbers).
      const code = pgErrorCode(error);
      if (code && ["22001", "22003", "22007", "22008", "22021", "22P02"].includes(code)) {
        return errorResponse(
          new AppError("validation_failed", "A value is out of the range this field accepts."),
        );
      }
      console.error(`${operation.method} ${operation.path} failed: ${describeForLog(error)}`);
      return errorResponse(new AppError("internal", "Something went wrong on our side."));
    }
  };
  const route = async (request: Request, context?: RouteContext): Promise<Response> => {
    const response = await answer(request, context);
    // Only the operation's own public reads may be cached; a handler may say otherwise itself.
    if (!response.headers.has("cache-control")) {
      response.headers.set("Cache-Control", cacheControlFor(operation, response.status));
    }
    const observer = responseObserver();
    if (observer) await observer(operation, response.clone());
    return response;
  };
  // Read by otherMethods (methods.ts), which checks a route file against the operations.
  return Object.assign(route, { operation });
}
