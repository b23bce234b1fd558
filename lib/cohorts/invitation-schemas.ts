import { z } from "zod";
import { listQuery, pageOf } from "../pagination";
import { ROSTER_MAX_ROWS } from "./roster-limits";
import { joinCohortInput } from "./schemas";

/**
 * A JSON roster: the emails to invite. Each entry must be a string; whether it is an email is
 * decided per row (a bad one is listed under `invalid`, the others still go through).
 */
export const invitationsInput = z
  .object({
    emails: z
      .array(z.string({ error: "must be a string" }), { error: "must be a list of emails" })
      .min(1, "must list at least one email")
      .max(ROSTER_MAX_ROWS, `must list at most ${ROSTER_MAX_ROWS} emails`),
  })
  .strict();

export const invitationsOutput = z.object({
  invited: z.array(z.string()),
  already: z.array(z.string()),
  invalid: z.array(z.object({ row: z.number().int(), email: z.string(), reason: z.string() })),
});

export const invitationListQuery = listQuery;

export const invitationListOutput = pageOf(
  z.object({
    email: z.string(),
    name: z.string().nullable(),
    status: z.enum(["invited", "joined"]),
    invitedAt: z.iso.datetime(),
    joinedAt: z.iso.datetime().nullable(),
    link: z.url().optional().describe("a pending invitation's join link, when it was not mailed"),
  }),
);

/** A personal join link's token, from its path or the join request. */
export const invitationToken = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(200, "is not a valid invitation");

/** Joining takes the cohort's invite code, or the token of a personal invitation. */
export const joinInput = z
  .object({
    code: joinCohortInput.shape.code.optional(),
    token: invitationToken.optional(),
  })
  .refine((v) => (v.code === undefined) !== (v.token === undefined), {
    message: "send either the invite code or an invitation token",
    path: ["code"],
  });
