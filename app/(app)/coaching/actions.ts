"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import {
  answerInvitation,
  decideReview,
  endLink,
  invite,
  replyToReview,
  requestReview,
} from "@/lib/coaching/coaching";
import { decisionInput, inviteInput, reviewRequestInput } from "@/lib/coaching/schemas";
import { markRead } from "@/lib/notifications/notifications";

const uuid = z.uuid();

const done = (message: string): ActionState => {
  revalidatePath("/coaching");
  revalidatePath("/dashboard");
  return { ok: true, message };
};

export const inviteAction = validatedAction(inviteInput, async (input, { actor }) => {
  await invite(actor, input);
  return done(`Invitation sent to ${input.email}. It waits for them if they have no account yet.`);
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
    return done(
      input.decision === "approve" ? "Approved: it now shows as verified." : "Changes requested.",
    );
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

export const markAllReadAction = validatedAction(z.object({}), async (_i, { actor }) => {
  await markRead(actor);
  revalidatePath("/", "layout");
  return { ok: true, message: "All caught up." };
});
