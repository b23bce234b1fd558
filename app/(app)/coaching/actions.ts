"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import {
  answerInvitation,
  endLink,
  invite,
  setMilestoneVerification,
} from "@/lib/coaching/coaching";
import { decideReview, replyToReview, requestReview } from "@/lib/coaching/reviews";
import {
  decisionInput,
  inviteInput,
  milestoneVerificationInput,
  reviewRequestInput,
} from "@/lib/coaching/schemas";
import { env } from "@/lib/env";

const uuid = z.uuid();

const done = (message: string): ActionState => {
  revalidatePath("/coaching");
  revalidatePath("/dashboard");
  return { ok: true, message };
};

export const inviteAction = validatedAction(inviteInput, async (input, { actor }) => {
  await invite(actor, input);
  // Without SMTP nothing leaves the server: say so, rather than let them wait for an email.
  return done(
    env().SMTP_URL
      ? `Invitation sent to ${input.email}. It waits for them if they have no account yet.`
      : `Invitation saved for ${input.email}. No email goes out from this server: they will see it when they sign in (or sign up with this address).`,
  );
});

export async function answerInvitationAction(
  id: string,
  answer: "accept" | "decline",
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(z.tuple([uuid, z.enum(["accept", "decline"])]), [id, answer]);
  if (refused) return refused;
  return validatedAction(z.object({}), async (_i, { actor }) => {
    await answerInvitation(actor, id, answer);
    return done(answer === "accept" ? "Invitation accepted." : "Invitation declined.");
  })(prev, form);
}

export async function endLinkAction(
  coachId: string,
  menteeId: string,
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(z.tuple([uuid, uuid]), [coachId, menteeId]);
  if (refused) return refused;
  return validatedAction(z.object({}), async (_i, { actor }) => {
    await endLink(actor, coachId, menteeId);
    return done("Coaching ended.");
  })(prev, form);
}

export const requestReviewAction = validatedAction(
  reviewRequestInput.omit({ subjectType: true, subjectId: true }).extend({
    subject: z
      .string()
      .regex(/^(milestone|project|certification):[0-9a-f-]{36}$/, "must be chosen"),
  }),
  async ({ subject, coachId, note }, { actor }) => {
    const [subjectType, subjectId] = subject.split(":") as [
      "milestone" | "project" | "certification",
      string,
    ];
    await requestReview(actor, { subjectType, subjectId, coachId, note: note || null });
    return done("Review requested. Your coach has been told.");
  },
);

export async function decideReviewAction(id: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(z.tuple([uuid]), [id]);
  if (refused) return refused;
  return validatedAction(decisionInput, async (input, { actor }) => {
    await decideReview(actor, id, input);
    revalidatePath("/coaching");
    revalidatePath("/dashboard");
    // The item leaves the queue (and its form with it): the confirmation is shown by the page,
    // above the Decided list where the decision now is.
    redirect(`/coaching?decided=${id}#decided`);
  })(prev, form);
}

export async function replyAction(id: string, prev: ActionState, form: FormData) {
  const refused = refuseArguments(z.tuple([uuid]), [id]);
  if (refused) return refused;
  return validatedAction(
    z.object({ message: z.string().trim().min(1, "is required").max(5000) }),
    async ({ message }, { actor }) => {
      await replyToReview(actor, id, { message, requestAgain: true });
      return done("Answer sent; the review is back in your coach's queue.");
    },
  )(prev, form);
}

/** The coach verifies a mentee's milestone from the mentee view, or withdraws it. */
export async function verifyMilestoneAction(
  menteeId: string,
  milestoneId: string,
  verified: boolean,
  prev: ActionState,
  form: FormData,
) {
  const refused = refuseArguments(z.tuple([uuid, uuid, z.boolean()]), [
    menteeId,
    milestoneId,
    verified,
  ]);
  if (refused) return refused;
  return validatedAction(
    milestoneVerificationInput.omit({ verified: true }),
    async ({ note }, { actor }) => {
      await setMilestoneVerification(actor, menteeId, milestoneId, { verified, note });
      revalidatePath(`/coaching/mentees/${menteeId}`);
      revalidatePath("/coaching");
      return { ok: true, message: verified ? "Verified." : "Verification withdrawn." };
    },
  )(prev, form);
}
