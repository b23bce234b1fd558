import type { z } from "zod";
import { ownDataOf, type Actor } from "../policy";
import { createRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { todayFor } from "../users/timezone";

const activities = RECORD_KINDS.activities;

/**
 * The quick log's input: an activity without its date, checked by the same field rules (and so
 * the same messages) as the study log's form and the API.
 */
export const quickLogInput = activities.create.omit({ date: true });

/**
 * Logs an activity for today in the learner's own time zone, decided when it is saved (a screen
 * left open past midnight logs the new day). The rest is the study log's create.
 */
export async function logToday(actor: Actor | null, input: z.output<typeof quickLogInput>) {
  const userId = ownDataOf(actor, "activity", "write");
  return createRecord(activities, actor, { ...input, date: await todayFor(userId) });
}
