import { z } from "zod";
import { NOTE_MAX_LENGTH, NOTE_SUBJECT_TYPES } from "@/db/enums";
import { enumField, httpUrl, recordId, requiredText } from "../records/fields";

/** Notes and resources: what the API and the forms accept (docs/DECISIONS.md, "Notes and resources"). */

export { NOTE_MAX_LENGTH, NOTE_SUBJECT_TYPES };
export type SubjectType = (typeof NOTE_SUBJECT_TYPES)[number];

export const subjectType = enumField(NOTE_SUBJECT_TYPES);
/** A milestone's uuid or a skill's slug; whether it exists is checked against the roadmap. */
export const subjectId = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters");

export const subjectParams = z.object({ subjectType, subjectId });

export const noteInput = z
  .object({
    body: z
      .string({ error: "must be text" })
      .max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`),
  })
  .strict();

export const noteOutput = z.object({
  subjectType,
  subjectId: z.string(),
  body: z.string(),
  updatedAt: z.iso.datetime().nullable(),
});

/** A resource link must be http(s): never `javascript:` in an href. */
const resourceUrl = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(2048, "must be at most 2048 characters")
  .refine((v) => httpUrl.safeParse(v).success, "must be an http(s) URL");

const resourceFields = {
  subjectType,
  subjectId,
  title: requiredText(200),
  url: resourceUrl,
  done: z.boolean({ error: "must be true or false" }).optional(),
  sharedWithCoach: z.boolean({ error: "must be true or false" }).optional(),
};

export const resourceCreate = z.object({ id: recordId.optional(), ...resourceFields }).strict();
export const resourcePatch = z.object(resourceFields).partial().strict();

export const resourceOutput = z
  .object({
    id: z.uuid(),
    subjectType,
    subjectId: z.string(),
    title: z.string(),
    url: z.string(),
    done: z.boolean(),
    sharedWithCoach: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Resource" });
export type Resource = z.output<typeof resourceOutput>;

/** A resource as the learner's coach sees it: always shared, so without the flag. */
export const sharedResourceOutput = resourceOutput.omit({ sharedWithCoach: true });

export { notesCount } from "./count";
