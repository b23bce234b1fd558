"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { createResource, deleteResource, putNote, updateResource } from "@/lib/notes/notes";
import { noteInput, resourceCreate, subjectId, subjectType } from "@/lib/notes/schemas";
import { updateMe } from "@/lib/users/accounts";
import { profileFields } from "@/lib/users/schemas";

export const chooseTrackAction = validatedAction(
  z.object({ targetTrack: z.preprocess((v) => (v === "" ? null : v), profileFields.targetTrack) }),
  async ({ targetTrack }, { actor }) => {
    await updateMe(actor, { targetTrack });
    revalidatePath("/roadmap");
    revalidatePath("/dashboard");
    return { ok: true, message: targetTrack ? "Target track saved." : "Target track cleared." };
  },
);

// ── Notes and resources on milestones and skills (lib/notes) ────────────────

const subjectFields = { subjectType, subjectId };
/** A checkbox: "on" when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const revalidateNotes = () => {
  revalidatePath("/roadmap");
  revalidatePath("/skills");
  revalidatePath("/dashboard");
};

export const saveNoteAction = validatedAction(
  z.object({ ...subjectFields, body: noteInput.shape.body }),
  async ({ subjectType, subjectId, body }, { actor }) => {
    await putNote(actor, subjectType, subjectId, body);
    revalidateNotes();
    return { ok: true, message: body.trim() ? "Note saved." : "Note removed." };
  },
  undefined,
  { echoInput: true },
);

export const addResourceAction = validatedAction(
  resourceCreate.omit({ id: true, done: true }).extend({ sharedWithCoach: checkbox }),
  async (input, { actor }) => {
    await createResource(actor, input);
    revalidateNotes();
    return { ok: true, message: "Resource added." };
  },
  undefined,
  { echoInput: true },
);

export const setResourceFlagAction = validatedAction(
  z.object({
    id: z.uuid({ error: "must be a UUID" }),
    flag: z.enum(["done", "sharedWithCoach"], { error: "must be done or sharedWithCoach" }),
    value: z.enum(["true", "false"], { error: "must be true or false" }),
  }),
  async ({ id, flag, value }, { actor }) => {
    await updateResource(actor, id, { [flag]: value === "true" });
    revalidateNotes();
    return { ok: true };
  },
);

export const deleteResourceAction = validatedAction(
  z.object({ id: z.uuid({ error: "must be a UUID" }) }),
  async ({ id }, { actor }) => {
    await deleteResource(actor, id);
    revalidateNotes();
    return { ok: true, message: "Resource deleted." };
  },
);
