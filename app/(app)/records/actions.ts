"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
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
