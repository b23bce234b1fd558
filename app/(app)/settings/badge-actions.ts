"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { linkOrigin } from "@/lib/auth/password-reset";
import { claimBadge, revokeBadge } from "@/lib/badges/badges";
import { badgeClaimInput } from "@/lib/badges/schemas";

/** Claims the badge for a tier held or a track completed, then shows its verification page. */
export const claimBadgeAction = validatedAction(badgeClaimInput, async (input, { actor }) => {
  const { body } = await claimBadge(actor, input, linkOrigin(await headers()));
  revalidatePath("/settings");
  revalidatePath("/dashboard");
  redirect(`/badges/${body.id}`);
});

/** The owner revokes a badge (the form asks to confirm first). */
export const revokeBadgeAction = validatedAction(
  z.object({ id: z.uuid({ error: "must be a badge id" }) }),
  async ({ id }, { actor }) => {
    await revokeBadge(actor, id);
    revalidatePath("/settings");
    return { ok: true, message: "Badge revoked: its page now says so." };
  },
);
