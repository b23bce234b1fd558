"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import {
  createCohortMilestone,
  deleteCohortMilestone,
  updateCohortMilestone,
} from "@/lib/cohorts/milestone-mutations";
import {
  cohortMilestoneCreate,
  cohortMilestoneParams,
  type CohortMilestoneKind,
} from "@/lib/cohorts/milestone-schemas";

// The organizer's (and cohort coaches') forms for a cohort's own milestones, on the cohort page.

const slugArgument = z.tuple([cohortMilestoneParams.shape.slug]);
const slugAndId = z.tuple([cohortMilestoneParams.shape.slug, cohortMilestoneParams.shape.id]);

/** A number field as typed: blank is absent, anything else is parsed (and refused if not a number). */
const num = (v: FormDataEntryValue | null) => {
  const s = typeof v === "string" ? v.trim() : "";
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
};
const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

/** The form's flat fields as the API's body: criteria gathered by kind. */
function milestoneFromForm(form: FormData) {
  const kind = str(form.get("kind")) as CohortMilestoneKind | undefined;
  const criteria: Record<string, unknown> =
    kind === "hours"
      ? {
          hours: num(form.get("hours")),
          from: str(form.get("from")) || undefined,
          to: str(form.get("to")) || undefined,
        }
      : kind === "skill"
        ? { skill: str(form.get("skill")), level: num(form.get("level")) }
        : kind === "project" || kind === "certification"
          ? { count: num(form.get("count")) }
          : {};
  return {
    title: str(form.get("title")),
    description: str(form.get("description")),
    kind,
    criteria: Object.fromEntries(Object.entries(criteria).filter(([, v]) => v !== undefined)),
    dueOn: str(form.get("dueOn")),
  };
}

export async function createCohortMilestoneAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(
    cohortMilestoneCreate,
    async (input, { actor }) => {
      await createCohortMilestone(actor, slug, input);
      revalidatePath(`/cohorts/${slug}`);
      return { ok: true, message: `Milestone “${input.title}” added.` };
    },
    milestoneFromForm,
    { echoInput: true },
  )(prev, form);
}

export async function updateCohortMilestoneAction(
  slug: string,
  id: string,
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(slugAndId, [slug, id]);
  if (refused) return refused;
  return validatedAction(
    cohortMilestoneCreate,
    async (input, { actor }) => {
      await updateCohortMilestone(actor, slug, id, {
        ...input,
        description: input.description ?? null,
        dueOn: input.dueOn ?? null,
      });
      revalidatePath(`/cohorts/${slug}`);
      return { ok: true, message: "Milestone saved." };
    },
    milestoneFromForm,
    { echoInput: true },
  )(prev, form);
}

export async function deleteCohortMilestoneAction(
  slug: string,
  id: string,
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(slugAndId, [slug, id]);
  if (refused) return refused;
  return validatedAction(z.object({}), async (_input, { actor }) => {
    await deleteCohortMilestone(actor, slug, id);
    revalidatePath(`/cohorts/${slug}`);
    return { ok: true, message: "Milestone removed." };
  })(prev, form);
}
