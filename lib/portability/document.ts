import { z } from "zod";
import { noteInput, resourceCreate, subjectType } from "../notes/schemas";
import { optionalText } from "../records/fields";
import { RECORD_KINDS } from "../records/kinds";
import { paperTopicFromText } from "../records/topics";
import { profileFields } from "../users/schemas";

/** The export document: everything a learner owns, in one JSON file that import reads back. */

export const EXPORT_FORMAT = "epoch-export";
export const EXPORT_VERSION = 1;

const stamps = {
  createdAt: z.iso.datetime({ error: "must be an ISO timestamp" }).optional(),
  updatedAt: z.iso.datetime({ error: "must be an ISO timestamp" }).optional(),
};

const text = (v: unknown) => (typeof v === "string" ? v : null);

const importedRecords = <S extends z.ZodObject>(schema: S) =>
  z
    .array(schema.extend({ id: z.uuid({ error: "must be a UUID" }), ...stamps }).strip())
    .max(200_000)
    .default([]);

export const exportDocument = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}` }),
  exportedAt: z.string().optional(),
  account: z.object({ name: z.string().nullable(), email: z.string() }).partial().optional(),
  profile: z.object(profileFields).partial().optional(),
  skills: z
    .array(
      z.object({
        skill: z.string(),
        level: z.number().int().min(0).max(4),
        updatedAt: z.iso.datetime().nullable().optional(),
      }),
    )
    .default([]),
  skillHistory: z
    .array(
      z.object({
        skill: z.string(),
        level: z.number().int().min(0).max(4),
        changedAt: z.iso.datetime(),
      }),
    )
    .default([]),
  activities: importedRecords(RECORD_KINDS.activities.create),
  certifications: importedRecords(RECORD_KINDS.certifications.create),
  projects: importedRecords(RECORD_KINDS.projects.create),
  // A topic from an older export or another tool may be free text: mapped to a track or kept in the notes.
  papers: importedRecords(
    RECORD_KINDS.papers.create.extend({ topic: optionalText(100) }),
  ).transform((papers) =>
    papers.map((p) => ({
      ...p,
      ...paperTopicFromText(text(p.topic), text(p.notes)),
    })),
  ),
  events: importedRecords(RECORD_KINDS.events.create),
  // Private notes and resource links on milestones and skills (absent from older exports).
  notes: z
    .array(
      z
        .object({
          subjectType,
          subjectId: z.string().max(100),
          body: noteInput.shape.body,
          ...stamps,
        })
        .strip(),
    )
    .max(200_000)
    .default([]),
  resources: z
    .array(resourceCreate.extend({ id: z.uuid({ error: "must be a UUID" }), ...stamps }).strip())
    .max(200_000)
    .default([]),
});
export type ExportDocument = z.output<typeof exportDocument>;

const exportedList = (what: string) =>
  z.array(z.looseObject({})).meta({ description: `Your ${what}, as stored.` });

/**
 * The export document as GET /me/export answers it. Its lists are described loosely: the file
 * is read back by import (whose body schema is exact), not by field.
 */
export const exportDocumentOutput = z.looseObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  account: z.object({ name: z.string().nullable(), email: z.string() }),
  profile: z.looseObject({}),
  skills: exportedList("skill levels"),
  skillHistory: exportedList("skill level changes"),
  activities: exportedList("activities"),
  certifications: exportedList("certifications"),
  projects: exportedList("projects"),
  papers: exportedList("papers"),
  events: exportedList("events"),
  notes: exportedList("notes"),
  resources: exportedList("resource links"),
  badges: exportedList("badges, each with its signed credential"),
});
