import { z } from "zod";
import { isValidDate } from "../dates";
import { SKILL_AREAS, TRACKS } from "../roadmap/content";

/** Field schemas shared by every kind of learner record. */

const SKILL_SLUG_LIST = SKILL_AREAS.flatMap((a) => a.skills.map((s) => s.slug));
const SKILL_SLUGS = new Set(SKILL_SLUG_LIST);

/**
 * What the server enforces, said in the OpenAPI document too (a refine is invisible there):
 * a date is YYYY-MM-DD in the years 1900–2999, and a real day of its month (the pattern cannot
 * say that part; the description does).
 */
export const DATE_PATTERN = "^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

export const recordId = z.uuid({ error: "must be a UUID" });

export const requiredText = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`)
    // Blank after trimming is nothing: the document says a non-space character is required.
    .meta({ pattern: "\\S" });

/** Optional free text: absent, null or blank all mean "none". */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z
      .string({ error: "must be text" })
      .trim()
      .max(max, `must be at most ${max} characters`)
      .nullable()
      .optional(),
  );

export const dateField = z
  .string({ error: "must be a date (YYYY-MM-DD)" })
  .refine(isValidDate, "must be a date (YYYY-MM-DD) between 1900 and 2999")
  .meta({
    format: "date",
    pattern: DATE_PATTERN,
    description: "A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.",
  });

/** A date the API answers (from a `date` column): YYYY-MM-DD. */
export const dateOutput = z.string().meta({ format: "date" });

export const optionalDate = z.preprocess(
  (v) => (v === "" ? null : v),
  dateField.nullable().optional(),
);

/** Only http(s) links: a `javascript:` URL must never reach an href. */
export const httpUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string({ error: "must be a URL" })
    .trim()
    .max(2048, "must be at most 2048 characters")
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.hostname);
      } catch {
        return false;
      }
    }, "must be an http(s) URL")
    .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://", maxLength: 2048, description: "An http(s) URL." })
    .nullable()
    .optional(),
);

export const skillSlugs = z
  .array(z.string({ error: "must be skill slugs" }), { error: "must be a list of skill slugs" })
  .max(30, "must list at most 30 skills")
  .refine((list) => list.every((s) => SKILL_SLUGS.has(s)), "must contain only known skill slugs")
  // A repeat is dropped; `overwrite` keeps the type, so the document still shows the list.
  .overwrite((list) => [...new Set(list)])
  .meta({ items: { type: "string", enum: SKILL_SLUG_LIST } })
  .optional();

export const trackSlug = z
  .enum(TRACKS.map((t) => t.slug) as [string, ...string[]], {
    error: `must be one of ${TRACKS.map((t) => t.slug).join(", ")}`,
  })
  .nullable()
  .optional();

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });
