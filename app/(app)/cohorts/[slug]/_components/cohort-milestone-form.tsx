"use client";

import { startTransition, useActionState, useState } from "react";
import { Alert, buttonClass, Field, inputClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import { fieldMessage } from "@/lib/field-labels";
import {
  COHORT_MILESTONE_KIND_LABELS,
  COHORT_MILESTONE_LIMITS as L,
} from "@/lib/cohorts/milestone-limits";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Kind = keyof typeof COHORT_MILESTONE_KIND_LABELS;

export type MilestoneFormValues = {
  id?: string;
  title?: string;
  description?: string | null;
  kind?: Kind;
  criteria?: Record<string, unknown>;
  dueOn?: string | null;
};

const FIELD_OF: Record<string, string> = {
  "criteria.hours": "hours",
  "criteria.from": "from",
  "criteria.to": "to",
  "criteria.skill": "skill",
  "criteria.level": "level",
  "criteria.count": "count",
};

/**
 * Add or edit one of the cohort's own milestones (organizers and cohort coaches). The criteria
 * fields follow the kind chosen; the server checks everything again.
 */
export function CohortMilestoneForm({
  action,
  submitLabel,
  values = {},
  skills,
  idPrefix,
}: {
  action: Action;
  submitLabel: string;
  values?: MilestoneFormValues;
  skills: { slug: string; name: string }[];
  idPrefix: string;
}) {
  // Sent from onSubmit rather than as the form's action, which React follows by emptying the
  // form (a select then shows its first option whatever was chosen): a refused form keeps
  // what was typed as it is; an accepted one starts again from the saved values (`n`).
  const [state, dispatch, pending] = useActionState(
    async (
      prev: ActionState & { n?: number },
      form: FormData,
    ): Promise<ActionState & { n?: number }> => {
      const answer = await action(prev, form);
      return { ...answer, n: (prev.n ?? 0) + (answer.ok ? 1 : 0) };
    },
    {},
  );
  const errors: Record<string, string> = {};
  for (const [key, why] of Object.entries(state.fields ?? {}))
    errors[FIELD_OF[key] ?? key] = fieldMessage(FIELD_OF[key] ?? key, why);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(() => dispatch(form));
      }}
      className="space-y-4"
      noValidate
    >
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <MilestoneFields
        key={state.n ?? 0}
        values={values}
        errors={errors}
        skills={skills}
        idPrefix={idPrefix}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

function MilestoneFields({
  values,
  errors,
  skills,
  idPrefix,
}: {
  values: MilestoneFormValues;
  errors: Record<string, string>;
  skills: { slug: string; name: string }[];
  idPrefix: string;
}) {
  const [kind, setKind] = useState<Kind>(
    values.kind && values.kind in COHORT_MILESTONE_KIND_LABELS ? values.kind : "attested",
  );
  const c = (values.criteria ?? {}) as Record<string, unknown>;
  const id = (f: string) => `${idPrefix}-${f}`;
  const err = (f: string) => (errors[f] ? `${errors[f]}.` : undefined);
  const aria = (f: string) => ({
    "aria-invalid": Boolean(errors[f]),
    "aria-describedby": errors[f] ? `${id(f)}-error` : undefined,
  });
  const value = (v: unknown) => (v === undefined || v === null ? "" : String(v));

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={id("title")} label="Title" error={err("title")}>
        <input
          id={id("title")}
          name="title"
          maxLength={L.title}
          defaultValue={value(values.title)}
          className={inputClass}
          {...aria("title")}
        />
      </Field>
      <Field id={id("dueOn")} label="Due date (optional)" error={err("dueOn")}>
        <input
          id={id("dueOn")}
          name="dueOn"
          type="date"
          defaultValue={value(values.dueOn)}
          className={inputClass}
          {...aria("dueOn")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field id={id("description")} label="Description (optional)" error={err("description")}>
          <textarea
            id={id("description")}
            name="description"
            rows={2}
            maxLength={L.description}
            defaultValue={value(values.description)}
            className={inputClass}
            {...aria("description")}
          />
        </Field>
      </div>
      <Field id={id("kind")} label="Met when" error={err("kind")}>
        <select
          id={id("kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          className={inputClass}
        >
          {Object.entries(COHORT_MILESTONE_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {kind === "hours" ? (
        <>
          <Field id={id("hours")} label="Hours" error={err("hours")}>
            <input
              id={id("hours")}
              name="hours"
              inputMode="decimal"
              defaultValue={value(c.hours)}
              className={inputClass}
              {...aria("hours")}
            />
          </Field>
          <Field id={id("from")} label="Counting from (optional)" error={err("from")}>
            <input
              id={id("from")}
              name="from"
              type="date"
              defaultValue={value(c.from)}
              className={inputClass}
              {...aria("from")}
            />
          </Field>
          <Field id={id("to")} label="Counting up to (optional)" error={err("to")}>
            <input
              id={id("to")}
              name="to"
              type="date"
              defaultValue={value(c.to)}
              className={inputClass}
              {...aria("to")}
            />
          </Field>
        </>
      ) : null}
      {kind === "skill" ? (
        <>
          <Field id={id("skill")} label="Skill" error={err("skill")}>
            <select
              id={id("skill")}
              name="skill"
              defaultValue={value(c.skill)}
              className={inputClass}
              {...aria("skill")}
            >
              <option value="">Choose a skill</option>
              {skills.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id("level")} label="Level (1–4)" error={err("level")}>
            <input
              id={id("level")}
              name="level"
              inputMode="numeric"
              defaultValue={value(c.level)}
              className={inputClass}
              {...aria("level")}
            />
          </Field>
        </>
      ) : null}
      {kind === "project" || kind === "certification" ? (
        <Field
          id={id("count")}
          label={kind === "project" ? "Shipped projects" : "Earned certifications"}
          error={err("count")}
        >
          <input
            id={id("count")}
            name="count"
            inputMode="numeric"
            defaultValue={value(c.count)}
            className={inputClass}
            {...aria("count")}
          />
        </Field>
      ) : null}
    </div>
  );
}
