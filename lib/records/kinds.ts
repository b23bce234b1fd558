import { z } from "zod";
import {
  ACTIVITY_KINDS,
  ACTIVITY_MINUTES,
  CERTIFICATION_STATUSES,
  EVENT_KINDS,
  LEARNING_PATH_SLUGS,
  PAPER_STATUSES,
  PROJECT_STATUSES,
} from "@/db/enums";
import { activities, certifications, events, papers, projects } from "@/db/schema";
import { daysBetween } from "../dates";
import type { DataKind } from "../policy";
import {
  dateField,
  enumField,
  httpUrl,
  optionalDate,
  optionalText,
  recordId,
  requiredText,
  skillSlugs,
  trackSlug,
} from "./fields";

/** The five kinds of learner record: their fields, rules and API shape. */

// The allowed values live in db/enums.ts, where the database's CHECK constraints read them too.
export {
  ACTIVITY_KINDS,
  CERTIFICATION_STATUSES,
  EVENT_KINDS,
  LEARNING_PATH_SLUGS,
  PAPER_STATUSES,
  PROJECT_STATUSES,
};

/** "an activity", "an event", "a paper": the article the noun's sound takes. */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

/** A certification is flagged this many days before it expires. */
export const EXPIRY_WARNING_DAYS = 60;

const activityFields = {
  date: dateField,
  minutes: z
    .number({ error: "must be a number of minutes" })
    .int("must be a whole number")
    .min(ACTIVITY_MINUTES.min, `must be at least ${ACTIVITY_MINUTES.min}`)
    .max(ACTIVITY_MINUTES.max, `must be at most ${ACTIVITY_MINUTES.max} (one day)`),
  kind: enumField(ACTIVITY_KINDS),
  title: requiredText(200),
  path: enumField(LEARNING_PATH_SLUGS).nullable().optional(),
  skills: skillSlugs,
  notes: optionalText(5000),
  url: httpUrl,
};

const certificationFields = {
  name: requiredText(200),
  issuer: requiredText(200),
  status: enumField(CERTIFICATION_STATUSES),
  issuedOn: optionalDate,
  expiresOn: optionalDate,
  credentialId: optionalText(200),
  credentialUrl: httpUrl,
  skills: skillSlugs,
};

const projectFields = {
  title: requiredText(200),
  summary: optionalText(5000),
  repoUrl: httpUrl,
  demoUrl: httpUrl,
  status: enumField(PROJECT_STATUSES),
  openSource: z.boolean({ error: "must be true or false" }).optional(),
  track: trackSlug,
  skills: skillSlugs,
};

const paperFields = {
  title: requiredText(300),
  url: httpUrl,
  status: enumField(PAPER_STATUSES),
  readOn: optionalDate,
  // One of the track slugs, so the track's paper milestone counts it; blank means none.
  topic: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), trackSlug),
  notes: optionalText(5000),
};

const eventFields = {
  title: requiredText(200),
  kind: enumField(EVENT_KINDS),
  date: dateField,
  url: httpUrl,
  notes: optionalText(5000),
};

type Context = { today: string };
type Row = Record<string, unknown> & {
  id: string;
  userId: string;
  createdAt: Date;
  updatedAt: Date;
};

function kind<const K extends string, F extends z.ZodRawShape>(def: {
  key: K;
  singular: string;
  title: string;
  table:
    typeof activities | typeof certifications | typeof projects | typeof papers | typeof events;
  dataKind: DataKind;
  /** Lists are newest first by this column, then id. */
  orderBy: "date" | "createdAt";
  fields: F;
  /** Rules across fields, on the merged record; field → why. */
  check?: (record: Record<string, unknown>, ctx: Context) => Record<string, string> | null;
  /** Values the API adds to a record, and their schema (they are in every answer). */
  derive?: (record: Record<string, unknown>, ctx: Context) => Record<string, unknown>;
  derived?: z.ZodRawShape;
}) {
  const fieldSchema = z.object(def.fields);
  return {
    ...def,
    create: z.object({ id: recordId.optional(), ...def.fields }).strict(),
    patch: fieldSchema.partial().strict(),
    output: fieldSchema.extend({
      id: z.uuid(),
      ...def.derived,
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
    present(row: Row, ctx: Context) {
      const { userId: _owner, ...rest } = row;
      return { ...rest, ...(def.derive?.(row, ctx) ?? {}) };
    },
  };
}

export function certificationState(c: { status?: unknown; expiresOn?: unknown }, today: string) {
  const expiresOn = typeof c.expiresOn === "string" ? c.expiresOn : null;
  const expired = c.status === "earned" && expiresOn !== null && expiresOn < today;
  const expiringSoon =
    c.status === "earned" &&
    !expired &&
    expiresOn !== null &&
    daysBetween(today, expiresOn) <= EXPIRY_WARNING_DAYS;
  return { expired, expiringSoon };
}

export const RECORD_KINDS = {
  activities: kind({
    key: "activities",
    singular: "activity",
    title: "Activity",
    table: activities,
    dataKind: "activity",
    orderBy: "date",
    fields: activityFields,
    check: (r, { today }) =>
      typeof r.date === "string" && r.date > today ? { date: "must not be in the future" } : null,
  }),
  certifications: kind({
    key: "certifications",
    singular: "certification",
    title: "Certification",
    table: certifications,
    dataKind: "records",
    orderBy: "createdAt",
    fields: certificationFields,
    check: (r) =>
      typeof r.issuedOn === "string" && typeof r.expiresOn === "string" && r.expiresOn < r.issuedOn
        ? { expiresOn: "must be on or after the issue date" }
        : null,
    derive: (r, { today }) => certificationState(r, today),
    derived: {
      expired: z.boolean().meta({ description: "Earned, and its expiry date has passed." }),
      expiringSoon: z.boolean().meta({
        description: `Earned, and it expires within ${EXPIRY_WARNING_DAYS} days.`,
      }),
    },
  }),
  projects: kind({
    key: "projects",
    singular: "project",
    title: "Project",
    table: projects,
    dataKind: "records",
    orderBy: "createdAt",
    fields: projectFields,
  }),
  papers: kind({
    key: "papers",
    singular: "paper",
    title: "Paper",
    table: papers,
    dataKind: "records",
    orderBy: "createdAt",
    fields: paperFields,
  }),
  events: kind({
    key: "events",
    singular: "event",
    title: "Event",
    table: events,
    dataKind: "records",
    orderBy: "date",
    fields: eventFields,
  }),
};

export type RecordKindKey = keyof typeof RECORD_KINDS;
export type RecordKind = (typeof RECORD_KINDS)[RecordKindKey];
export const RECORD_KIND_KEYS = Object.keys(RECORD_KINDS) as RecordKindKey[];
