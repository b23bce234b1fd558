"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { signOut } from "@/lib/auth/config";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { changePassword, deleteAccount, updateMe } from "@/lib/users/accounts";
import {
  changePasswordInput,
  deleteAccountInput,
  nameSchema,
  profileFields,
} from "@/lib/users/schemas";

// Form values arrive as strings: empty means "not set", a checkbox is "on" or absent.
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const profileForm = z.object({
  name: nameSchema,
  headline: z.preprocess(blankToNull, profileFields.headline),
  targetTrack: z.preprocess(blankToNull, profileFields.targetTrack),
  targetDate: z.preprocess(blankToNull, profileFields.targetDate),
  weeklyHoursGoal: z.preprocess(
    (v) => (v === "" ? undefined : Number(v)),
    profileFields.weeklyHoursGoal,
  ),
  timezone: profileFields.timezone,
  publicProfile: z.preprocess((v) => v === "on", profileFields.publicProfile),
  slug: z.preprocess(
    (v) => (typeof v === "string" ? blankToNull(v.trim().toLowerCase()) : v),
    profileFields.slug,
  ),
});

export const updateProfileAction = validatedAction(
  profileForm,
  async (input, { actor }) => {
    await updateMe(actor, input);
    revalidatePath("/", "layout");
    return { ok: true, message: "Profile saved." };
  },
  undefined,
  { echoInput: true },
);

export const changePasswordAction = validatedAction(
  changePasswordInput,
  async (input, { actor, sessionToken }) => {
    await changePassword(actor, input, sessionToken);
    revalidatePath("/settings"); // the token list is empty now
    return {
      ok: true,
      message:
        "Password changed. Your other browsers are signed out and your personal access tokens revoked.",
    };
  },
);

export const createTokenAction = validatedAction(
  z.object({
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  }),
  async ({ name }, { actor }) => {
    const created = await createApiToken(actor.userId, name);
    revalidatePath("/settings");
    return {
      ok: true,
      message: `Token “${created.name}” created.`,
      data: { token: created.token },
    };
  },
);

export const revokeTokenAction = validatedAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { actor }) => {
    await revokeApiToken(actor, id);
    revalidatePath("/settings");
    return { ok: true, message: "Token revoked." };
  },
);

export const deleteAccountAction = validatedAction(
  deleteAccountInput.extend({
    confirm: z.literal("on", { error: "must be ticked to confirm" }),
  }),
  async ({ password }, { actor }) => {
    await deleteAccount(actor, password);
    // The session rows went with the account; this clears the cookie and leaves.
    await signOut({ redirectTo: "/?deleted=1" });
  },
);
