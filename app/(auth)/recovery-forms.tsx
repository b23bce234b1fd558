"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert, buttonClass, Field, inputClass } from "../components/ui";
import type { AuthFormState } from "./actions";

type Action = (state: AuthFormState, form: FormData) => Promise<AuthFormState>;

const linkClass = "font-semibold text-brand-700 underline dark:text-brand-300";

export function ForgotPasswordForm({ action }: { action: Action }) {
  // A new form (and form state) for each request: "Send another link" starts over.
  const [attempt, setAttempt] = useState(0);
  return <RequestForm key={attempt} action={action} again={() => setAttempt((n) => n + 1)} />;
}

function RequestForm({ action, again }: { action: Action; again: () => void }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing after a few minutes? Check your spam folder, or{" "}
          <button type="button" onClick={again} className={linkClass}>
            send another link
          </button>
          .
        </p>
      </div>
    );
  }
  const error = state.fields?.email ? `Email ${state.fields.email}.` : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      <Field id="email" label="Email" error={error}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "email-error" : undefined}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "One moment…" : "Send me a reset link"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.linkInvalid) return <InvalidResetLink />;
  const error = (field: "password" | "confirm", label: string) =>
    state.fields?.[field] ? `${label} ${state.fields[field]}.` : undefined;
  const passwordError = error("password", "New password");
  const confirmError = error("confirm", "Repeated password");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      <Field
        id="password"
        label="New password"
        error={passwordError}
        hint="At least 10 characters."
      >
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? "password-error" : "password-hint"}
          className={inputClass}
        />
      </Field>
      <Field id="confirm" label="New password, again" error={confirmError}>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={Boolean(confirmError)}
          aria-describedby={confirmError ? "confirm-error" : undefined}
          className={inputClass}
        />
      </Field>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Setting it signs out every browser and revokes your personal access tokens.
      </p>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "One moment…" : "Set new password"}
      </button>
    </form>
  );
}

export function InvalidResetLink() {
  return (
    <div className="space-y-4">
      <Alert>This reset link is unknown, already used or expired.</Alert>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        A link works once, within an hour of being asked for.{" "}
        <Link href="/forgot-password" className={linkClass}>
          Ask for a new link
        </Link>{" "}
        or{" "}
        <Link href="/sign-in" className={linkClass}>
          sign in
        </Link>
        .
      </p>
    </div>
  );
}

export function VerifyEmailForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <p className="text-sm">
          <Link href="/settings" className={linkClass}>
            Go to Settings
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {state.message ? <Alert>{state.message}</Alert> : null}
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "One moment…" : "Confirm my email"}
      </button>
    </form>
  );
}
