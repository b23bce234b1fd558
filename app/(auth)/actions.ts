"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/api/handler";
import { signIn } from "@/lib/auth/config";
import { clientKeyFrom } from "@/lib/auth/credentials";
import { confirmEmailVerification, startEmailVerification } from "@/lib/auth/email-verification";
import {
  confirmPasswordReset,
  linkOrigin,
  requestPasswordReset,
  resetRequestAnswer,
} from "@/lib/auth/password-reset";
import { configuredProviders } from "@/lib/auth/providers";
import { reserveRegistration } from "@/lib/auth/throttle";
import { passwordResetRequestInput, resetTokenSchema } from "@/lib/auth/reset-schemas";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { AppError } from "@/lib/errors";
import { databaseUnavailable } from "@/lib/health";
import { registerUser } from "@/lib/users/accounts";
import { knownTimeZoneOrUtc } from "@/lib/users/timezone";
import { passwordSchema, registerInput, signInInput } from "@/lib/users/schemas";

export type AuthFormState = {
  /** Done (a reset link asked for): the form shows `message` as a confirmation. */
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  values?: { name?: string; email?: string };
  /** Refused by the sign-in throttle: the form offers "Forgot password?". */
  lockedOut?: boolean;
  /** The reset link no longer works: the form offers a new one. */
  linkInvalid?: boolean;
};

const UNAVAILABLE = "Epoch is temporarily unavailable. Try again shortly.";

/** Auth.js wraps what `authorize` threw as `{ cause: { err } }`. */
const databaseDown = (error: unknown) =>
  databaseUnavailable(error) ||
  databaseUnavailable((error as { cause?: { err?: unknown } })?.cause?.err);

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

async function signInOrExplain(
  email: string,
  password: string,
  callbackUrl: string,
): Promise<AuthFormState> {
  try {
    // Redirects (by throwing) on success.
    await signIn("credentials", { email, password, redirectTo: callbackUrl });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return {
        message:
          "Too many failed sign-ins for this account or network. Wait up to 15 minutes and try again.",
        values: { email },
        lockedOut: true,
      };
    }
    if (databaseDown(error)) return { message: UNAVAILABLE, values: { email } };
    if (error instanceof AuthError) {
      return { message: "The email or password is incorrect.", values: { email } };
    }
    throw error;
  }
}

/** A direct call can send anything in place of the form. */
const NOT_A_FORM: AuthFormState = {
  message: "The form was not sent whole. Reload the page and try again.",
};

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const email = text(form, "email");
  const parsed = signInInput.safeParse({ email, password: text(form, "password") });
  if (!parsed.success) return { fields: fieldsOf(parsed.error), values: { email } };
  return signInOrExplain(
    parsed.data.email,
    parsed.data.password,
    safeCallbackUrl(form.get("callbackUrl")),
  );
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const values = { name: text(form, "name"), email: text(form, "email") };
  const parsed = registerInput.safeParse({ ...values, password: text(form, "password") });
  if (!parsed.success) return { fields: fieldsOf(parsed.error), values };
  try {
    await reserveRegistration(clientKeyFrom(await headers()));
    // The browser's own zone, filled in on the client; one the server does not know becomes UTC.
    const user = await registerUser({
      ...parsed.data,
      timezone: knownTimeZoneOrUtc(form.get("timezone")),
    });
    startEmailVerification(user.id, linkOrigin(await headers()));
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      return { fields: error.fields, values };
    }
    if (error instanceof AppError && error.code === "rate_limited") {
      return { message: error.message, values };
    }
    if (databaseDown(error)) return { message: UNAVAILABLE, values };
    throw error;
  }
  return signInOrExplain(
    parsed.data.email,
    parsed.data.password,
    safeCallbackUrl(form.get("callbackUrl")),
  );
}

/** "Forgot password?": the same answer whether or not the email has an account. */
export async function requestResetAction(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const email = text(form, "email");
  const parsed = passwordResetRequestInput.safeParse({ email });
  if (!parsed.success) return { fields: fieldsOf(parsed.error), values: { email } };
  const request = await headers();
  try {
    await requestPasswordReset({
      email: parsed.data.email,
      client: clientKeyFrom(request),
      origin: linkOrigin(request),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") {
      return { message: error.message, values: { email } };
    }
    if (databaseDown(error)) return { message: UNAVAILABLE, values: { email } };
    throw error;
  }
  return { ok: true, message: resetRequestAnswer(), values: { email } };
}

/** The reset link's form (bound to the link's token): on success, to sign-in with a confirmation. */
export async function resetPasswordAction(
  token: unknown,
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const parsedToken = resetTokenSchema.safeParse(token);
  if (!parsedToken.success) return { message: INVALID_LINK, linkInvalid: true };
  const password = passwordSchema.safeParse(text(form, "password"));
  if (!password.success) return { fields: { password: password.error.issues[0]!.message } };
  if (text(form, "confirm") !== password.data) {
    return { fields: { confirm: "does not match the new password" } };
  }
  try {
    await confirmPasswordReset({ token: parsedToken.data, password: password.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request") {
      return { message: INVALID_LINK, linkInvalid: true };
    }
    if (databaseDown(error)) return { message: UNAVAILABLE };
    throw error;
  }
  redirect("/sign-in?reset=done");
}

const INVALID_LINK = "This reset link is unknown, already used or expired.";

/** A provider button on the sign-in and sign-up pages: off to the provider (Auth.js redirects). */
export async function providerSignInAction(provider: unknown, callbackUrl: unknown): Promise<void> {
  const chosen = configuredProviders().find((p) => p.id === provider);
  if (!chosen) redirect("/sign-in");
  await signIn(chosen.id, { redirectTo: safeCallbackUrl(callbackUrl) });
}

/** The email verification link's button: confirms the email once. */
export async function verifyEmailAction(
  token: unknown,
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  try {
    const ok = typeof token === "string" && (await confirmEmailVerification(token));
    return ok
      ? { ok: true, message: "Your email is verified." }
      : {
          message:
            "This link is unknown, already used or expired. Ask for a new one in Settings, under Sign-in methods.",
          linkInvalid: true,
        };
  } catch (error) {
    if (databaseDown(error)) return { message: UNAVAILABLE };
    throw error;
  }
}
