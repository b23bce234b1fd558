"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import { logToday, quickLogInput } from "@/lib/activities/quick-log";
import { createRecord, deleteRecord, updateRecord } from "@/lib/records/crud";
import { RECORD_KIND_KEYS, RECORD_KINDS, type RecordKindKey } from "@/lib/records/kinds";
import { recordFromForm } from "./config";

const kindArgument = z.enum(RECORD_KIND_KEYS as [RecordKindKey, ...RecordKindKey[]]);

/** Where each kind lives on screen. */
const SCREEN: Record<RecordKindKey, string> = {
  activities: "/log",
  certifications: "/certifications",
  projects: "/projects",
  papers: "/reading",
  events: "/events",
};

export async function createRecordAction(key: RecordKindKey, prev: ActionState, form: FormData) {
  const refused = refuseArguments(z.tuple([kindArgument]), [key]);
  if (refused) return refused;
  const kind = RECORD_KINDS[key];
  return validatedAction(
    kind.create,
    async (input, { actor }) => {
      const { record } = await createRecord(kind, actor, input);
      revalidatePath(SCREEN[key]);
      revalidatePath("/dashboard");
      return {
        ok: true,
        message: `${kind.title} saved.`,
        data: { id: String((record as { id: string }).id) },
      };
    },
    (f) => recordFromForm(key, f),
    { echoInput: true },
  )(prev, form);
}

export async function updateRecordAction(
  key: RecordKindKey,
  id: string,
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(z.tuple([kindArgument, z.uuid()]), [key, id]);
  if (refused) return refused;
  const kind = RECORD_KINDS[key];
  const state = await validatedAction(
    kind.patch,
    async (input, { actor }) => {
      await updateRecord(kind, actor, id, input);
    },
    (f) => {
      const { id: _ignored, ...fields } = recordFromForm(key, f);
      return fields;
    },
    { echoInput: true },
  )(prev, form);
  if (!state.ok) return state;
  revalidatePath(SCREEN[key]);
  revalidatePath("/dashboard");
  redirect(`${SCREEN[key]}?saved=1`);
}

export async function deleteRecordAction(key: RecordKindKey, prev: ActionState, form: FormData) {
  const refused = refuseArguments(z.tuple([kindArgument]), [key]);
  if (refused) return refused;
  const kind = RECORD_KINDS[key];
  return validatedAction(z.object({ id: z.uuid() }), async ({ id }, { actor }) => {
    await deleteRecord(kind, actor, id);
    revalidatePath(SCREEN[key]);
    revalidatePath("/dashboard");
    return { ok: true, message: `${kind.title} deleted.` };
  })(prev, form);
}

/**
 * The quick log of the signed-in layout (app/(app)/quick-log.tsx): the study log's activity
 * without a date field, logged for today where the learner lives. Its one skill comes from a
 * select whose "None" is an empty value.
 */
export async function quickLogAction(prev: ActionState, form: FormData) {
  return validatedAction(
    quickLogInput,
    async (input, { actor }) => {
      const { record } = await logToday(actor, input);
      revalidatePath("/log");
      revalidatePath("/dashboard");
      return {
        ok: true,
        message: `${RECORD_KINDS.activities.title} saved.`,
        data: { id: String((record as { id: string }).id) },
      };
    },
    (f) => {
      // No date: the quick log is for today, decided by logToday.
      const fields = recordFromForm("activities", f);
      delete fields.date;
      return { ...fields, skills: (fields.skills as string[]).filter(Boolean) };
    },
    { echoInput: true },
  )(prev, form);
}
