import { z } from "zod";

/**
 * One JSON API operation: its path, who may call it, and the zod schemas of
 * its input and output. Route handlers take their operation from
 * lib/api/operations.ts, and the OpenAPI document is generated from that list,
 * so the two cannot drift.
 */
export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  summary: string;
  tag: string;
  auth: "user" | "public";
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
  /** The success status. */
  status?: number;
  /**
   * A create that is idempotent with a client-chosen id: a repeat answers this status (200) with
   * what the first one stored, and changes nothing.
   */
  repeatStatus?: 200;
  /**
   * The success answer can also be CSV (when `response` is set, the request chooses, e.g. with
   * `?format=csv`; without `response`, it is always CSV).
   */
  csvResponse?: { description: string };
  /** The error statuses this operation can answer, besides 500 and 503. */
  errors: number[];
  /**
   * A media type this operation also reads, besides JSON, as plain text: a request that says
   * it sends it reaches the handler as `text` (body undefined), within the same size limit.
   */
  textBody?: { contentType: "text/csv"; description: string };
  /** Bodies above this many bytes answer 413 (default 64 KiB). */
  maxBodyBytes?: number;
  /** The 503 answer has the response's shape rather than the error format (health). */
  unavailableLikeResponse?: boolean;
};

/**
 * The errors lib/api/handler.ts answers for whole classes of operations, listed on each:
 * cookie-authenticated writes from another site answer 403, so every user write lists it;
 * a body that is not JSON (nor the operation's `textBody` type) answers 415.
 */
export const op = <O extends Operation>(o: O): O => {
  const implied = [
    ...(o.auth === "user" && o.method !== "GET" ? [403] : []),
    ...(o.body ? [415] : []),
  ].filter((status) => !o.errors.includes(status));
  return implied.length ? { ...o, errors: [...o.errors, ...implied] } : o;
};

export const idParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });
