"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert, buttonClass, Field, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import type { FieldConfig } from "./config";

type Values = Record<string, unknown>;

function SkillPicker({
  name,
  label,
  selected,
  error,
}: {
  name: string;
  label: string;
  selected: string[];
  error?: string;
}) {
  return (
    <details
      className="rounded-lg border border-zinc-300 dark:border-zinc-700"
      open={selected.length > 0}
    >
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
        {label}{" "}
        <span className="font-normal text-zinc-600 dark:text-zinc-400">
          ({selected.length ? `${selected.length} selected` : "optional"})
        </span>
      </summary>
      <fieldset aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="sr-only">{label}</legend>
        <div className="grid gap-3 border-t border-zinc-200 p-3 sm:grid-cols-2 lg:grid-cols-3 dark:border-zinc-800">
          {SKILL_AREAS.map((area) => (
            <div key={area.slug}>
              <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                {area.name}
              </p>
              {area.skills.map((s) => (
                <label key={s.slug} className="flex items-center gap-2 py-0.5 text-sm">
                  <input
                    type="checkbox"
                    name={name}
                    value={s.slug}
                    defaultChecked={selected.includes(s.slug)}
                    className="h-4 w-4 accent-brand-600"
                  />
                  {s.name}
                </label>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p id={`${name}-error`} className="px-3 pb-2 text-sm text-red-700 dark:text-red-400">
          {label} {error}.
        </p>
      ) : null}
    </details>
  );
}

function Input({
  field,
  value,
  error,
  autoFocus,
}: {
  field: FieldConfig;
  value: unknown;
  error?: string;
  autoFocus?: boolean;
}) {
  const common = {
    autoFocus,
    id: field.name,
    name: field.name,
    "aria-invalid": Boolean(error),
    "aria-describedby": error
      ? `${field.name}-error`
      : field.hint
        ? `${field.name}-hint`
        : undefined,
    required: field.required,
    className: inputClass,
  };
  const text = value === null || value === undefined ? "" : String(value);
  switch (field.type) {
    case "textarea":
      return <textarea {...common} rows={3} defaultValue={text} maxLength={5000} />;
    case "select":
      return (
        <select {...common} defaultValue={text}>
          {field.required ? null : <option value="">None</option>}
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "number":
      return (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={field.min}
          max={field.max}
          defaultValue={text}
          placeholder={field.placeholder}
        />
      );
    case "date":
      return <input {...common} type="date" defaultValue={text} />;
    case "url":
      return (
        <input
          {...common}
          type="url"
          inputMode="url"
          defaultValue={text}
          placeholder={field.placeholder}
        />
      );
    default:
      return (
        <input
          {...common}
          type="text"
          defaultValue={text}
          placeholder={field.placeholder}
          maxLength={300}
        />
      );
  }
}

const answers = new WeakMap<object, number>();
let answerCount = 0;
function formKey(state: object): number {
  if (!answers.has(state)) answers.set(state, ++answerCount);
  return answers.get(state)!;
}

/** One form for every kind of record: the fields come from config.ts, errors from the server. */
export function RecordForm({
  action,
  fields,
  values,
  newId,
  submitLabel,
  cancelHref,
  autoFocus,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: FieldConfig[];
  values: Values;
  newId?: string;
  submitLabel: string;
  cancelHref?: string;
  autoFocus?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (name: string) => state.fields?.[name];
  // After a refusal, show what was typed (React resets a form after every action).
  const shown = state.submitted ? { ...values, ...state.submitted } : values;
  const main = fields.filter((f) => !f.more);
  const more = fields.filter((f) => f.more);
  // Open the extra fields when editing something that has them, or when one of them is wrong.
  const moreOpen = more.some(
    (f) =>
      state.fields?.[f.name] ||
      (Array.isArray(shown[f.name]) ? (shown[f.name] as unknown[]).length : shown[f.name]),
  );
  const grid = (list: FieldConfig[]) => (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {list.map((field) => {
        const wide = field.wide
          ? "sm:col-span-2 lg:col-span-4"
          : field.narrow
            ? ""
            : "lg:col-span-2";
        if (field.type === "skills") {
          return (
            <div key={field.name} className={wide}>
              <SkillPicker
                name={field.name}
                label={field.label}
                selected={(shown[field.name] as string[] | undefined) ?? []}
                error={err(field.name)}
              />
            </div>
          );
        }
        if (field.type === "checkbox") {
          return (
            <label key={field.name} className={`flex items-center gap-2 text-sm ${wide}`}>
              <input
                type="checkbox"
                name={field.name}
                defaultChecked={Boolean(shown[field.name])}
                className="h-4 w-4 accent-brand-600"
              />
              {field.label}
            </label>
          );
        }
        const error = err(field.name);
        return (
          <div key={field.name} className={wide}>
            <Field
              id={field.name}
              label={field.required ? field.label : `${field.label} (optional)`}
              error={error ? `${field.label} ${error}.` : undefined}
              hint={field.hint}
            >
              <Input
                field={field}
                value={shown[field.name]}
                error={error}
                autoFocus={field.name === autoFocus}
              />
            </Field>
          </div>
        );
      })}
    </div>
  );
  return (
    // React resets a form after its action to the defaults it was mounted with: a new key
    // after each answer, and whenever the stored values change, remounts the fields showing
    // them (docs/FORMS.md).
    <form
      key={`${formKey(state)}:${JSON.stringify(values)}`}
      action={formAction}
      className="space-y-4"
      noValidate
    >
      {newId ? <input type="hidden" name="id" value={newId} /> : null}
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {grid(main)}
      {more.length ? (
        <details open={Boolean(moreOpen)} className="group">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
            More details
          </summary>
          <div className="mt-3">{grid(more)}</div>
        </details>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {cancelHref ? (
          <Link href={cancelHref} className={secondaryButtonClass}>
            Cancel
          </Link>
        ) : null}
      </div>
    </form>
  );
}
