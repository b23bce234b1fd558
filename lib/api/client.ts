/**
 * The browser side of the JSON API: same-origin fetch with the session cookie, typed by the
 * OpenAPI document (lib/api/schema.d.ts, from `npm run api:types`). A path, parameter, body or
 * answer that drifts from the document fails the typecheck where it is used.
 */
import createClient, { type FetchResponse } from "openapi-fetch";
import type { paths } from "./schema";

export type { paths } from "./schema";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A typed client of the API at `baseUrl` (the page's own origin when empty). */
export const createApiClient = (baseUrl = "") =>
  createClient<paths>({
    baseUrl,
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    // A fetch that fails before any answer means the network is gone, not the server.
    fetch: async (request) => {
      try {
        return await globalThis.fetch(request);
      } catch {
        throw new ApiRequestError(0, "You appear to be offline.");
      }
    },
  });

/** The typed client: `api.GET("/api/v1/me/skills")`, `api.PUT(path, { params, body })`, … */
export const api = createApiClient();

type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

/** The JSON body of an operation's success answer: `ApiAnswer<"/api/v1/me/progress", "get">`. */
export type ApiAnswer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer Rs;
}
  ? Json<Rs[Extract<keyof Rs, 200 | 201 | 202>]>
  : never;

/** The JSON request body of an operation: `ApiBody<"/api/v1/me/webhooks", "post">`. */
export type ApiBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

// Any call's result, whatever its operation.
type AnyResponse = FetchResponse<Record<string, unknown>, unknown, `${string}/${string}`>;
type DataOf<R> = Exclude<R extends { data?: infer D } ? D : never, undefined>;
// An answer without a body (204) is undefined, not never.
type Data<R> = [DataOf<R>] extends [never] ? undefined : DataOf<R>;

/**
 * The answer's body (undefined for 204), or an ApiRequestError with the server's message:
 * `const { items } = await unwrap(api.GET("/api/v1/me/webhooks"))`.
 */
export async function unwrap<R extends Pick<AnyResponse, "response">>(
  call: Promise<R>,
): Promise<Data<R>> {
  const result = (await call) as R & { data?: unknown; error?: unknown };
  const { response } = result;
  if (!response.ok) {
    const body = result.error as { error?: { message?: string } } | undefined;
    throw new ApiRequestError(
      response.status,
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return result.data as Data<R>;
}

/** Every item of a list, following `nextCursor` page after page (`page` fetches one). */
export async function everyItemOf<T>(
  page: (query: { limit: number; cursor?: string }) => Promise<{
    items: T[];
    nextCursor: string | null;
  }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page({ limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
