import { z } from "zod";
import { isValidDate } from "./dates";
import { AppError } from "./errors";
import { UUID_PATTERN } from "./ids";

/**
 * One list shape for every list of the API (docs/DECISIONS.md, "Lists"): `?limit=` and an
 * opaque `?cursor=` in, `{items, nextCursor}` out. Lists are keyset-paginated: a cursor holds
 * the sort key of the last item of its page (as PostgreSQL printed it, so no precision is
 * lost), and the next page starts strictly after it.
 */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export const listQuery = z.object({
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(1024, "is not a valid cursor").optional(),
});

export type PageQuery = { limit: number; cursor?: string };
export type Page<T> = { items: T[]; nextCursor: string | null };

/** The response schema of a list: its items (strict) and the cursor of the next page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("pass as ?cursor= for the next page; null on the last page"),
  });

/** A timestamptz as PostgreSQL prints it, every field in range (else the cast fails: 22008, 22009). */
const TIMESTAMP_KEY =
  /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d)?$/;

/** What each part of a cursor must be, checked before it reaches a query. */
export const cursorPart = {
  timestamp: (v: string) => TIMESTAMP_KEY.test(v) && isValidDate(v.slice(0, 10)),
  date: isValidDate,
  uuid: (v: string) => UUID_PATTERN.test(v),
  integer: (v: string) => /^-?\d{1,9}$/.test(v),
  text:
    (max: number) =>
    (v: string): boolean =>
      v.length <= max && !v.includes("\u0000"),
} as const;

type PartCheck = (v: string) => boolean;

export function encodeCursor(...parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** The parts of a cursor, each checked; anything else answers 422 naming `cursor`. */
export function decodeCursor<const C extends readonly PartCheck[]>(
  cursor: string,
  checks: C,
): { [K in keyof C]: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(value) &&
      value.length === checks.length &&
      value.every((v, i) => typeof v === "string" && checks[i]!(v))
    )
      return value as { [K in keyof C]: string };
  } catch {
    // fall through
  }
  throw new AppError("validation_failed", "The cursor is not valid.", { cursor: "is not valid" });
}

/**
 * The page out of rows fetched with `limit + 1` (the extra row only says there is more), and
 * the cursor after its last item.
 */
export function pageFrom<R, T = R>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => string[],
  present: (row: R) => T = (row) => row as unknown as T,
): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(...keyOf(last)) : null,
  };
}

/** Every item of a list, page after page: for the app's own pages, which show them all. */
export async function everyItem<T>(list: (query: PageQuery) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await list({ limit: MAX_PAGE_SIZE, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}
