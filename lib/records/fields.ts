import { z } from "zod";
import { isValidDate } from "../dates";
import { SKILL_AREAS, TRACKS } from "../roadmap/content";

/** Field schemas shared by every kind of learner record. */

const SKILL_SLUGS = new Set(SKILL_AREAS.flatMap((a) => a.skills.map((s) => s.slug)));

export const recordId = z.uuid({ error: "must be a UUID" });

export const requiredText = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`);

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
  .refine(isValidDate, "must be a date (YYYY-MM-DD) between 1900 and 2999");

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
    .nullable()
    .optional(),
);

export const skillSlugs = z
  .array(z.string({ error: "must be skill slugs" }), { error: "must be a list of skill slugs" })
  .max(30, "must list at most 30 skills")
  .refine((list) => list.every((s) => SKILL_SLUGS.has(s)), "must contain only known skill slugs")
  .transform((list) => [...new Set(list)])
  .optional();

export const trackSlug = z
  .enum(TRACKS.map((t) => t.slug) as [string, ...string[]], {
    error: `must be one of ${TRACKS.map((t) => t.slug).join(", ")}`,
  })
  .nullable()
  .optional();

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });
