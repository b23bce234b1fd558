"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { fieldsOf } from "@/lib/api/handler";
import { signIn } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { databaseUnavailable } from "@/db/client";
import { AppError } from "@/lib/errors";
import { registerUser } from "@/lib/users/accounts";
import { knownTimeZoneOrUtc } from "@/lib/users/timezone";
import { registerInput, signInInput } from "@/lib/users/schemas";

export type AuthFormState = {
  message?: string;
  fields?: Record<string, string>;
  values?: { name?: string; email?: string };
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
    // The browser's own zone, filled in on the client; one the server does not know becomes UTC.
    await registerUser({ ...parsed.data, timezone: knownTimeZoneOrUtc(form.get("timezone")) });
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      return { fields: error.fields, values };
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
