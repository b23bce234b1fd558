import {
  ACTIVITY_KINDS,
  CERTIFICATION_STATUSES,
  EVENT_KINDS,
  LEARNING_PATH_SLUGS,
  PAPER_STATUSES,
  PROJECT_STATUSES,
  type RecordKindKey,
} from "@/lib/records/kinds";
import { LEARNING_PATHS, TRACKS } from "@/lib/roadmap/content";

/** How each kind of record is entered and labelled on the screens. */

export type FieldConfig = {
  name: string;
  label: string;
  type: "text" | "textarea" | "url" | "date" | "number" | "select" | "checkbox" | "skills";
  required?: boolean;
  options?: readonly { value: string; label: string }[];
  hint?: string;
  min?: number;
  max?: number;
  placeholder?: string;
  /** Spans the whole row. */
  wide?: boolean;
  /** Behind "More details", to keep quick entry short. */
  more?: boolean;
  /** Narrow on wide screens (a quarter row). */
  narrow?: boolean;
};

const humanize = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replaceAll("_", " ");
const optionsOf = (values: readonly string[], label: (v: string) => string = humanize) =>
  values.map((value) => ({ value, label: label(value) }));

export const LABELS = {
  activityKind: Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, humanize(k)])),
  path: Object.fromEntries(LEARNING_PATHS.map((p) => [p.slug, p.name])),
  certificationStatus: {
    planned: "Planned",
    in_progress: "In progress",
    earned: "Earned",
  } as Record<string, string>,
  projectStatus: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, humanize(s)])),
  paperStatus: { to_read: "To read", reading: "Reading", read: "Read" } as Record<string, string>,
  eventKind: {
    conference: "Conference",
    meetup: "Meetup",
    forum: "Forum",
    talk: "Talk given",
  } as Record<string, string>,
  track: Object.fromEntries(TRACKS.map((t) => [t.slug, t.name])),
};

export const FORM_FIELDS: Record<RecordKindKey, FieldConfig[]> = {
  activities: [
    {
      name: "minutes",
      label: "Minutes",
      type: "number",
      required: true,
      min: 1,
      max: 1440,
      placeholder: "45",
      narrow: true,
    },
    { name: "date", label: "Date", type: "date", required: true, narrow: true },
    {
      name: "kind",
      label: "Kind",
      type: "select",
      required: true,
      options: optionsOf(ACTIVITY_KINDS),
      narrow: true,
    },
    {
      name: "path",
      label: "Learning path",
      type: "select",
      options: optionsOf(LEARNING_PATH_SLUGS, (v) => LABELS.path[v] ?? v),
      narrow: true,
    },
    {
      name: "title",
      label: "What did you do?",
      type: "text",
      required: true,
      placeholder: "e.g. Backprop chapter, exercises 1–4",
      wide: true,
    },
    { name: "skills", label: "Skills", type: "skills", wide: true, more: true },
    { name: "url", label: "Link", type: "url", placeholder: "https://…", more: true },
    { name: "notes", label: "Notes", type: "textarea", wide: true, more: true },
  ],
  certifications: [
    {
      name: "name",
      label: "Name",
      type: "text",
      required: true,
      placeholder: "e.g. AWS Certified Machine Learning – Specialty",
    },
    {
      name: "issuer",
      label: "Issuer",
      type: "text",
      required: true,
      placeholder: "e.g. Amazon Web Services",
    },
    {
      name: "status",
      label: "Status",
      type: "select",
      required: true,
      options: optionsOf(CERTIFICATION_STATUSES, (v) => LABELS.certificationStatus[v] ?? v),
    },
    { name: "issuedOn", label: "Issue date", type: "date" },
    {
      name: "expiresOn",
      label: "Expiry date",
      type: "date",
      hint: "Leave empty if it does not expire.",
    },
    { name: "credentialId", label: "Credential ID", type: "text" },
    { name: "credentialUrl", label: "Credential URL", type: "url", placeholder: "https://…" },
    { name: "skills", label: "Skills it covers", type: "skills", wide: true },
  ],
  projects: [
    { name: "title", label: "Title", type: "text", required: true, wide: true },
    {
      name: "status",
      label: "Status",
      type: "select",
      required: true,
      options: optionsOf(PROJECT_STATUSES),
    },
    {
      name: "track",
      label: "Specialization track",
      type: "select",
      options: optionsOf(
        TRACKS.map((t) => t.slug),
        (v) => LABELS.track[v] ?? v,
      ),
      hint: "For an MLOps, model-audit or quantum project.",
    },
    { name: "repoUrl", label: "Repository URL", type: "url", placeholder: "https://github.com/…" },
    { name: "demoUrl", label: "Demo URL", type: "url", placeholder: "https://…" },
    {
      name: "openSource",
      label: "This is an open-source contribution",
      type: "checkbox",
      wide: true,
    },
    { name: "summary", label: "Summary", type: "textarea", wide: true },
    { name: "skills", label: "Skills", type: "skills", wide: true },
  ],
  papers: [
    { name: "title", label: "Title", type: "text", required: true, wide: true },
    {
      name: "status",
      label: "Status",
      type: "select",
      required: true,
      options: optionsOf(PAPER_STATUSES, (v) => LABELS.paperStatus[v] ?? v),
    },
    { name: "readOn", label: "Read on", type: "date" },
    { name: "url", label: "Link", type: "url", placeholder: "https://arxiv.org/abs/…" },
    {
      name: "topic",
      label: "Topic",
      type: "select",
      options: optionsOf(
        TRACKS.map((t) => t.slug),
        (v) => LABELS.track[v] ?? v,
      ),
      hint: "A paper on a track's topic counts toward that track's reading milestone.",
    },
    { name: "notes", label: "Notes", type: "textarea", wide: true },
  ],
  events: [
    {
      name: "title",
      label: "Event",
      type: "text",
      required: true,
      placeholder: "e.g. NeurIPS 2026",
      wide: true,
    },
    {
      name: "kind",
      label: "Kind",
      type: "select",
      required: true,
      options: optionsOf(EVENT_KINDS, (v) => LABELS.eventKind[v] ?? v),
    },
    { name: "date", label: "Date", type: "date", required: true },
    { name: "url", label: "Link", type: "url", placeholder: "https://…" },
    { name: "notes", label: "Notes", type: "textarea", wide: true },
  ],
};

/** Turns a submitted form into the JSON shape the record schemas parse. */
export function recordFromForm(kind: RecordKindKey, form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const id = form.get("id");
  if (typeof id === "string" && id) out.id = id;
  for (const field of FORM_FIELDS[kind]) {
    const value = form.get(field.name);
    switch (field.type) {
      case "checkbox":
        out[field.name] = value === "on";
        break;
      case "skills":
        out[field.name] = form.getAll(field.name).filter((v) => typeof v === "string");
        break;
      case "number":
        out[field.name] =
          typeof value === "string" && value.trim() !== "" ? Number(value) : undefined;
        break;
      case "select":
        out[field.name] = value === "" && !field.required ? null : (value ?? undefined);
        break;
      default:
        out[field.name] = value ?? undefined;
    }
  }
  return out;
}
