"use client";

import { useActionState } from "react";
import { Alert, buttonClass, Field, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const text = (state: ActionState, name: string, fallback = "") =>
  state.submitted && name in state.submitted ? String(state.submitted[name] ?? "") : fallback;

export function CohortDetailsForm({
  action,
  submitLabel,
  values = {},
}: {
  action: Action;
  submitLabel: string;
  values?: {
    name?: string;
    description?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
  };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (f: string) =>
    state.fields?.[f]
      ? `${f === "endsOn" ? "End date" : f === "name" ? "Name" : "This"} ${state.fields[f]}.`
      : undefined;
  return (
    <form
      key={JSON.stringify(state.submitted ?? values)}
      action={formAction}
      className="space-y-4"
      noValidate
    >
      {state.message ? (
        <Alert tone={state.ok ? "success" : "error"}>
          {state.message}
          {Object.entries(state.fields ?? {})
            .filter(([f]) => f !== "name" && f !== "endsOn")
            .map(([f, why]) => ` ${f} ${why}.`)}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="cohortName" label="Name" error={err("name")}>
          <input
            id="cohortName"
            name="name"
            defaultValue={text(state, "name", values.name)}
            className={inputClass}
            aria-invalid={Boolean(state.fields?.name)}
            aria-describedby={state.fields?.name ? "cohortName-error" : undefined}
          />
        </Field>
        <Field id="description" label="Description (optional)">
          <input
            id="description"
            name="description"
            defaultValue={text(state, "description", values.description ?? "")}
            className={inputClass}
          />
        </Field>
        <Field id="startsOn" label="Starts on (optional)">
          <input
            id="startsOn"
            name="startsOn"
            type="date"
            defaultValue={text(state, "startsOn", values.startsOn ?? "")}
            className={inputClass}
          />
        </Field>
        <Field id="endsOn" label="Ends on (optional)" error={err("endsOn")}>
          <input
            id="endsOn"
            name="endsOn"
            type="date"
            defaultValue={text(state, "endsOn", values.endsOn ?? "")}
            className={inputClass}
            aria-invalid={Boolean(state.fields?.endsOn)}
            aria-describedby={state.fields?.endsOn ? "endsOn-error" : undefined}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

export function JoinByCodeForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state.message ? (
        <Alert>
          {state.message === "Invite code not found."
            ? "That invite code does not open any cohort. Check it, or ask your organizer for the current one."
            : state.message}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field id="code" label="Invite code">
            <input
              id="code"
              name="code"
              autoComplete="off"
              className={`${inputClass} font-mono uppercase`}
            />
          </Field>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          Join
        </button>
      </div>
    </form>
  );
}

export function SharingForm({
  action,
  values,
}: {
  action: Action;
  values: { shareProgress: boolean; shareHours: boolean; leaderboard: boolean };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const box = (name: keyof typeof values, label: string, hint: string) => (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        name={name}
        defaultChecked={values[name]}
        className="mt-0.5 h-4 w-4 accent-brand-600"
      />
      <span>
        {label}
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hint}</span>
      </span>
    </label>
  );
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-3">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {box("shareProgress", "Share my progress", "Your tier and which milestones you have met.")}
      {box("shareHours", "Share my hours", "Your study hours per week (never what you studied).")}
      {box(
        "leaderboard",
        "Join the leaderboard",
        "Your hours this month, ranked with others who opted in.",
      )}
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Save sharing
      </button>
    </form>
  );
}

/** A single-button form (rotate the code, remove a member, leave), with a confirmation. */
export function ConfirmButton({
  action,
  label,
  confirm,
  hidden,
  danger,
}: {
  action: Action;
  label: string;
  confirm: string;
  hidden?: Record<string, string>;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
      className="inline"
    >
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={
          danger
            ? "rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950"
            : secondaryButtonClass
        }
      >
        {label}
      </button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className="ml-2 text-sm">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
