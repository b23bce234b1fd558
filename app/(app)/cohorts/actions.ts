"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import { createCohort, rotateInviteCode, updateCohort } from "@/lib/cohorts/cohorts";
import { changeMemberRole, removeMember } from "@/lib/cohorts/members";
import { joinCohort, updateMembership } from "@/lib/cohorts/membership";
import {
  cohortSlugParams,
  createCohortInput,
  joinCohortInput,
  memberRoleInput,
  updateCohortInput,
} from "@/lib/cohorts/schemas";

const slugArgument = z.tuple([cohortSlugParams.shape.slug]);

export const createCohortAction = validatedAction(
  createCohortInput,
  async (input, { actor }) => {
    const cohort = await createCohort(actor, input);
    redirect(`/cohorts/${cohort.slug}`);
  },
  undefined,
  { echoInput: true },
);

export const joinCohortAction = validatedAction(joinCohortInput, async ({ code }, { actor }) => {
  const cohort = await joinCohort(actor, code);
  redirect(`/cohorts/${cohort.slug}?joined=1`);
});

export async function updateCohortAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(
    updateCohortInput,
    async (input, { actor }) => {
      await updateCohort(actor, slug, input);
      revalidatePath(`/cohorts/${slug}`);
      return { ok: true, message: "Cohort saved." };
    },
    undefined,
    { echoInput: true },
  )(prev, form);
}

export async function rotateCodeAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(z.object({}), async (_input, { actor }) => {
    await rotateInviteCode(actor, slug);
    revalidatePath(`/cohorts/${slug}`);
    return { ok: true, message: "New invite code made. The old link no longer works." };
  })(prev, form);
}

export async function removeMemberAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(z.object({ userId: z.uuid() }), async ({ userId }, { actor }) => {
    await removeMember(actor, slug, userId);
    if (userId === actor.userId) redirect("/cohorts?left=1");
    revalidatePath(`/cohorts/${slug}`);
    return { ok: true, message: "Member removed." };
  })(prev, form);
}

const ROLE_NAMES = { organizer: "organizer", coach: "coach", member: "member" } as const;

export async function changeRoleAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(
    memberRoleInput.extend({ userId: z.uuid() }),
    async ({ userId, role }, { actor }) => {
      await changeMemberRole(actor, slug, userId, { role });
      revalidatePath(`/cohorts/${slug}`);
      return { ok: true, message: `Now ${ROLE_NAMES[role]}.` };
    },
  )(prev, form);
}

const checkbox = z.preprocess((v) => v === "on", z.boolean());

export async function updateSharingAction(slug: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  return validatedAction(
    z.object({ shareProgress: checkbox, shareHours: checkbox, leaderboard: checkbox }),
    async (input, { actor }) => {
      await updateMembership(actor, slug, input);
      revalidatePath(`/cohorts/${slug}`);
      return { ok: true, message: "Sharing saved." };
    },
  )(prev, form);
}

/** The join page's button: the code comes from the link. */
export async function joinByLinkAction(code: string) {
  // Not a code a link could carry (only a direct call sends one): back to the list.
  if (refuseArguments(z.tuple([joinCohortInput.shape.code]), [code]) || !code.isWellFormed())
    redirect("/cohorts");
  const result = await joinCohortAction(
    {},
    (() => {
      const form = new FormData();
      form.set("code", code);
      return form;
    })(),
  );
  // Success redirects inside; a refusal (code rotated meanwhile) shows the page again.
  if (result.message) redirect(`/cohorts/join/${encodeURIComponent(code)}`);
}
