"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { refuseArguments, validatedAction, type ActionState } from "@/lib/actions";
import { linkOrigin } from "@/lib/auth/password-reset";
import { invitationToken } from "@/lib/cohorts/invitation-schemas";
import { importInvitations, joinByInvitation } from "@/lib/cohorts/invitations";
import { ROSTER_MAX_BYTES } from "@/lib/cohorts/roster-limits";
import { cohortSlugParams } from "@/lib/cohorts/schemas";

// Roster import on the cohort page, and the personal join link's button
// (docs/DECISIONS.md, "Roster import").

const slugArgument = z.tuple([cohortSlugParams.shape.slug]);
const KB = ROSTER_MAX_BYTES / 1024;

const rosterForm = z.object({
  csv: z
    .string({ error: "is required" })
    .max(ROSTER_MAX_BYTES, `must be at most ${KB} KB`)
    .refine((v) => v.trim() !== "", "paste a list or choose a file"),
});

/**
 * The pasted list, or the chosen file (which then takes the text box's place), read as CSV:
 * every good row invited, the answer saying who was invited, already invited, or refused.
 */
export async function importInvitationsAction(
  slug: string,
  prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const refused = refuseArguments(slugArgument, [slug]);
  if (refused) return refused;
  let csv: unknown = undefined;
  if (form instanceof FormData) {
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      if (file.size > ROSTER_MAX_BYTES)
        return {
          message: `The file is larger than ${KB} KB: split the list.`,
          fields: { file: `must be at most ${KB} KB` },
        };
      csv = await file.text();
    } else {
      csv = form.get("list");
    }
  }
  const parsed = new FormData();
  if (typeof csv === "string") parsed.set("csv", csv);
  return validatedAction(
    rosterForm,
    async (input, { actor }) => {
      const h = await headers();
      const result = await importInvitations(actor, slug, { csv: input.csv }, linkOrigin(h));
      revalidatePath(`/cohorts/${slug}`);
      const parts = [
        `${result.invited.length} invited`,
        ...(result.already.length
          ? [`${result.already.length} already invited or in the cohort`]
          : []),
        ...(result.invalid.length
          ? [`${result.invalid.length} ${result.invalid.length === 1 ? "row" : "rows"} refused`]
          : []),
      ];
      return {
        ok: true,
        message: `${parts.join(", ")}.`,
        data: { result: JSON.stringify(result) },
      };
      // Refused, the list comes back to the text box rather than being lost.
    },
    undefined,
    { echoInput: true },
  )(prev, form instanceof FormData ? parsed : (form as FormData));
}

/** The personal link page's button: the token comes from the link. */
export async function joinByInvitationAction(token: string) {
  if (refuseArguments(z.tuple([invitationToken]), [token]) || !token.isWellFormed())
    redirect("/cohorts");
  const result = await validatedAction(z.object({}), async (_input, { actor }) => {
    const cohort = await joinByInvitation(actor, token);
    redirect(`/cohorts/${cohort.slug}?joined=1`);
  })({}, new FormData());
  // A refusal (another account, a used link) shows the page again, which says why.
  if (result.message) redirect(`/cohorts/invitation/${encodeURIComponent(token)}`);
}
