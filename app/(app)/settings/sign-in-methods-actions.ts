"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { signIn } from "@/lib/auth/config";
import { clientKeyFrom } from "@/lib/auth/credentials";
import { resendEmailVerification } from "@/lib/auth/email-verification";
import { unlinkIdentity } from "@/lib/auth/identities";
import { linkOrigin, requestPasswordReset, resetRequestAnswer } from "@/lib/auth/password-reset";
import {
  encodeLinkIntent,
  LINK_INTENT_COOKIE,
  LINK_INTENT_PATH,
  LINK_INTENT_SECONDS,
} from "@/lib/auth/provider-sign-in";
import { configuredProviders, providerName } from "@/lib/auth/providers";
import { emailVerificationStatus } from "@/lib/auth/email-verification";

const providerField = z.object({
  provider: z.string().refine((p) => configuredProviders().some((c) => c.id === p), {
    message: "is not a sign-in method this server offers",
  }),
});

/**
 * "Link GitHub": only from here, signed in. The link intent cookie names this session and this
 * provider; the callback links only if it matches and the session's row is still live then
 * (lib/auth/provider-sign-in.ts).
 */
export const linkProviderAction = validatedAction(
  providerField,
  async ({ provider }, { actor, sessionToken }) => {
    const request = await headers();
    (await cookies()).set(
      LINK_INTENT_COOKIE,
      await encodeLinkIntent({ sid: sessionToken, sub: actor.userId, provider }),
      {
        httpOnly: true,
        sameSite: "lax",
        secure: linkOrigin(request).startsWith("https:"),
        path: LINK_INTENT_PATH,
        maxAge: LINK_INTENT_SECONDS,
      },
    );
    // Redirects (by throwing) to the provider.
    await signIn(provider, { redirectTo: "/settings?identity=Linked" });
  },
);

export const unlinkProviderAction = validatedAction(
  z.object({ provider: z.string().regex(/^[a-z0-9-]{1,40}$/, "is not a provider id") }),
  async ({ provider }, { actor }) => {
    await unlinkIdentity(actor, provider);
    revalidatePath("/settings");
    return { ok: true, message: `${providerName(provider)} is no longer linked.` };
  },
);

export const resendVerificationAction = validatedAction(z.object({}), async (_input, { actor }) => {
  const request = await headers();
  const { email } = await emailVerificationStatus(actor);
  const delivery = await resendEmailVerification(actor, linkOrigin(request));
  const message = {
    email: `A verification link is on its way to ${email}. It works once, within 24 hours.`,
    log: "This server sends no email: the verification link is in the server's log (development).",
    operator: `This server sends no email: ask the person who runs it for a link (npm run user:verify-email -- ${email}).`,
    verified: "Your email is already verified.",
  }[delivery];
  revalidatePath("/settings");
  return { ok: true, message };
});

/** "Set a password", for an account that has none: a reset link to the account's own email. */
export const setPasswordAction = validatedAction(z.object({}), async (_input, { actor }) => {
  const request = await headers();
  const { email } = await emailVerificationStatus(actor);
  await requestPasswordReset({
    email,
    client: clientKeyFrom(request),
    origin: linkOrigin(request),
  });
  return { ok: true, message: resetRequestAnswer() };
});
