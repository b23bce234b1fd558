"use client";

import Link from "next/link";
import { useActionState, useSyncExternalStore } from "react";
import { Alert, buttonClass, Field, inputClass } from "../components/ui";
import type { AuthFormState } from "./actions";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl: string;
};

const noSubscription = () => () => {};

/** The browser's time zone, for a new account's days and weeks (empty on the server: UTC). */
function BrowserTimeZone() {
  const zone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  return <input type="hidden" name="timezone" value={zone} />;
}

const FIELD_LABELS: Record<string, string> = { name: "Name", email: "Email", password: "Password" };

export function AuthForm({ mode, action, callbackUrl }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = (field: string) =>
    state.fields?.[field] ? `${FIELD_LABELS[field]} ${state.fields[field]}.` : undefined;
  const described = (field: string) => (state.fields?.[field] ? `${field}-error` : undefined);
  const query =
    callbackUrl === "/dashboard" ? "" : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.message ? (
        <Alert>
          {state.message}
          {state.lockedOut ? (
            <>
              {" "}
              <Link href="/forgot-password" className="font-semibold underline">
                Forgot password?
              </Link>
            </>
          ) : null}
        </Alert>
      ) : null}
      {mode === "sign-up" ? <BrowserTimeZone /> : null}
      {mode === "sign-up" ? (
        <Field id="name" label="Name" error={error("name")}>
          <input
            id="name"
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            defaultValue={state.values?.name}
            aria-invalid={Boolean(state.fields?.name)}
            aria-describedby={described("name")}
            className={inputClass}
          />
        </Field>
      ) : null}
      <Field id="email" label="Email" error={error("email")}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          aria-invalid={Boolean(state.fields?.email)}
          aria-describedby={described("email")}
          className={inputClass}
        />
      </Field>
      <Field
        id="password"
        label="Password"
        error={error("password")}
        hint={mode === "sign-up" ? "At least 10 characters." : undefined}
      >
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={mode === "sign-up" ? 10 : undefined}
          aria-invalid={Boolean(state.fields?.password)}
          aria-describedby={
            described("password") ?? (mode === "sign-up" ? "password-hint" : undefined)
          }
          className={inputClass}
        />
      </Field>
      {mode === "sign-in" ? (
        <p className="-mt-2 text-right text-sm">
          <Link
            href="/forgot-password"
            className="font-medium text-brand-700 underline dark:text-brand-300"
          >
            Forgot password?
          </Link>
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "One moment…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        {mode === "sign-up" ? (
          <>
            Already have an account?{" "}
            <Link
              href={`/sign-in${query}`}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Sign in
            </Link>
          </>
        ) : (
          <>
            New to Epoch?{" "}
            <Link
              href={`/sign-up${query}`}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
