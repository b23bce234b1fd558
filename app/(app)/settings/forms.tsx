"use client";

import { useActionState } from "react";
import { Alert, buttonClass, Field, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import type { Me } from "@/lib/users/schemas";
import {
  changePasswordAction,
  createTokenAction,
  revokeTokenAction,
  updateProfileAction,
} from "./actions";

function Status({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>;
}

const invalid = (state: ActionState, field: string) => ({
  "aria-invalid": Boolean(state.fields?.[field]),
  "aria-describedby": state.fields?.[field] ? `${field}-error` : undefined,
});

export function ProfileForm({
  me,
  tracks,
  timezones,
}: {
  me: Me;
  tracks: { slug: string; name: string }[];
  timezones: string[];
}) {
  const [state, action, pending] = useActionState(updateProfileAction, {});
  const err = (f: string) => state.fields?.[f];
  // After a refusal, show what was typed rather than what is stored.
  const typed = state.submitted;
  const text = (name: string, stored: string | number | null) =>
    typed && name in typed ? String(typed[name] ?? "") : (stored ?? "");
  return (
    // React resets a form after its action to the defaults it was mounted with: a key
    // that follows what is stored (or what a refused save sent) remounts it showing
    // exactly that (docs/FORMS.md).
    <form key={JSON.stringify(typed ?? me)} action={action} className="space-y-4" noValidate>
      <Status state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Name" error={err("name")}>
          <input
            id="name"
            name="name"
            defaultValue={text("name", me.name)}
            className={inputClass}
            {...invalid(state, "name")}
          />
        </Field>
        <Field id="headline" label="Headline" error={err("headline")}>
          <input
            id="headline"
            name="headline"
            defaultValue={text("headline", me.profile.headline)}
            maxLength={160}
            className={inputClass}
            {...invalid(state, "headline")}
          />
        </Field>
        <Field id="targetTrack" label="Target track" error={err("targetTrack")}>
          <select
            id="targetTrack"
            name="targetTrack"
            defaultValue={text("targetTrack", me.profile.targetTrack)}
            className={inputClass}
            {...invalid(state, "targetTrack")}
          >
            <option value="">Not chosen yet</option>
            {tracks.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="targetDate" label="Target date" error={err("targetDate")}>
          <input
            id="targetDate"
            name="targetDate"
            type="date"
            defaultValue={text("targetDate", me.profile.targetDate)}
            className={inputClass}
            {...invalid(state, "targetDate")}
          />
        </Field>
        <Field
          id="weeklyHoursGoal"
          label="Weekly study goal (hours)"
          error={err("weeklyHoursGoal")}
        >
          <input
            id="weeklyHoursGoal"
            name="weeklyHoursGoal"
            type="number"
            min={0}
            max={100}
            defaultValue={text("weeklyHoursGoal", me.profile.weeklyHoursGoal)}
            className={inputClass}
            {...invalid(state, "weeklyHoursGoal")}
          />
        </Field>
        <Field
          id="timezone"
          label="Time zone"
          error={err("timezone")}
          hint="Days and weeks of your study log follow it."
        >
          <select
            id="timezone"
            name="timezone"
            defaultValue={text("timezone", me.profile.timezone)}
            className={inputClass}
            {...invalid(state, "timezone")}
          >
            {timezones.map((tz) => (
              <option key={tz} value={tz}>
                {tz}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 text-sm font-medium">Public profile</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="publicProfile"
            defaultChecked={typed ? typed.publicProfile === "on" : me.profile.publicProfile}
            className="h-4 w-4 accent-brand-600"
          />
          Show my name, headline, tier, verified milestones, shipped projects and earned
          certifications to anyone with the link
        </label>
        <Field
          id="slug"
          label="Profile address"
          error={err("slug")}
          hint="epoch/u/your-address — 3–40 lowercase letters, digits or dashes."
        >
          <input
            id="slug"
            name="slug"
            defaultValue={text("slug", me.profile.slug)}
            className={inputClass}
            {...invalid(state, "slug")}
          />
        </Field>
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Status state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="currentPassword" label="Current password" error={state.fields?.currentPassword}>
          <input
            id="currentPassword"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            className={inputClass}
            {...invalid(state, "currentPassword")}
          />
        </Field>
        <Field
          id="newPassword"
          label="New password"
          error={state.fields?.newPassword}
          hint="At least 10 characters."
        >
          <input
            id="newPassword"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            className={inputClass}
            {...invalid(state, "newPassword")}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <Status state={state} />
      {state.data?.token ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium text-amber-900 dark:text-amber-200">
            Copy it now: it will not be shown again.
          </p>
          <code data-testid="new-token" className="mt-1 block break-all font-mono text-xs">
            {state.data.token}
          </code>
        </div>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field id="tokenName" label="Token name" error={state.fields?.name}>
            <input
              id="tokenName"
              name="name"
              placeholder="e.g. LMS sync"
              className={inputClass}
              {...invalid(state, "name")}
            />
          </Field>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          Create token
        </button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className={secondaryButtonClass}
        aria-label={`Revoke ${name}`}
      >
        Revoke
      </button>
      {state.message && !state.ok ? (
        <span className="ml-2 text-sm text-red-700">{state.message}</span>
      ) : null}
    </form>
  );
}
