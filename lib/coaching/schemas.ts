import { z } from "zod";
import { COACHING_ROLES, REVIEW_DECISIONS, REVIEW_SUBJECT_TYPES } from "@/db/enums";
import { emailSchema } from "../users/schemas";

export const inviteInput = z
  .object({
    email: emailSchema,
    role: z.enum(COACHING_ROLES, {
      error: "must be coach or mentee (the role the invitee would take)",
    }),
  })
  .strict();

export const reviewRequestInput = z
  .object({
    subjectType: z.enum(REVIEW_SUBJECT_TYPES, {
      error: "must be milestone, project or certification",
    }),
    subjectId: z.uuid({ error: "must be a UUID" }),
    coachId: z.uuid({ error: "must be a UUID" }),
    note: z.string().trim().max(2000, "must be at most 2000 characters").nullable().optional(),
  })
  .strict();

export const decisionInput = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, {
      error: "must be approve or request_changes",
    }),
    feedback: z
      .string({ error: "is required" })
      .trim()
      .min(1, "is required")
      .max(5000, "must be at most 5000 characters"),
  })
  .strict();

export const replyInput = z
  .object({
    message: z
      .string({ error: "is required" })
      .trim()
      .min(1, "is required")
      .max(5000, "must be at most 5000 characters"),
    requestAgain: z.boolean({ error: "must be true or false" }).default(true),
  })
  .strict();

export const milestoneVerificationInput = z
  .object({
    verified: z.boolean({ error: "must be true or false" }),
    note: z.string().trim().max(1000, "must be at most 1000 characters").nullable().optional(),
  })
  .strict();
