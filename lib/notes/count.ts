// What the notes screens need in the browser, apart from the zod schemas: zod in a client bundle
// probes `Function("")` for its fast path, which the page's Content-Security-Policy refuses.
export { NOTE_MAX_LENGTH } from "@/db/enums";

/** How many things a learner keeps on a subject: the note (when not blank) and each resource. */
export const notesCount = (d: { body: string; resources: unknown[] }) =>
  (d.body.trim() ? 1 : 0) + d.resources.length;
