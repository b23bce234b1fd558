"use client";

import { useState } from "react";

/**
 * Small charts in plain SVG and CSS. A client component although nothing here is interactive:
 * the page then carries the charts' data rather than every element twice (HTML and RSC payload).
 */

export const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
/** `YYYY-MM-DD` → "Sep 7". */
const shortDate = (date: string) =>
  `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;

export const hoursLabel = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

/** A bar's value: hours with one decimal, whole hours from 100 up (a cohort's totals). */
const barValue = (minutes: number) => {
  const hours = minutes / 60;
  return String(hours >= 100 ? Math.round(hours) : Math.round(hours * 10) / 10);
};

/**
 * Hours per week against the weekly goal. Each bar carries its value; the goal is a dashed
 * line named in the caption below the chart, so no label can sit over the card's title.
 */
export function WeeklyHours({
  weeks,
  goalMinutes,
}: {
  weeks: { start: string; minutes: number }[];
  goalMinutes: number;
}) {
  const max = Math.max(goalMinutes, ...weeks.map((w) => w.minutes), 60);
  const goalPct = (goalMinutes / max) * 100;
  const met = weeks.filter((w) => goalMinutes > 0 && w.minutes >= goalMinutes).length;
  const count = weeks.length;
  return (
    <figure>
      {/* The top padding holds the tallest bar's value inside the chart. */}
      <div
        className="relative flex h-44 items-end gap-1.5 border-b border-zinc-300 pt-5 dark:border-zinc-700"
        role="img"
        data-chart="weekly-hours"
        aria-label={`Hours per week for the last ${count} weeks: ${weeks.map((w) => hoursLabel(w.minutes)).join(", ")}${goalMinutes > 0 ? `; the goal of ${hoursLabel(goalMinutes)} was met in ${met} of them` : ""}.`}
      >
        {goalMinutes > 0 ? (
          <div className="pointer-events-none absolute inset-x-0 bottom-0 top-5">
            <div
              className="absolute inset-x-0 border-t-2 border-dashed border-amber-500"
              style={{ bottom: `${goalPct}%` }}
            />
          </div>
        ) : null}
        {weeks.map((w) => (
          <div
            key={w.start}
            className="flex h-full min-w-0 flex-1 flex-col justify-end"
            title={`Week of ${shortDate(w.start)}: ${hoursLabel(w.minutes)}`}
          >
            <span
              className="relative mb-0.5 block text-center text-[10px] leading-none tabular-nums text-zinc-700 dark:text-zinc-300"
              data-testid="bar-value"
            >
              {barValue(w.minutes)}
            </span>
            <div
              className={`rounded-t ${goalMinutes > 0 && w.minutes >= goalMinutes ? "bg-brand-600 dark:bg-brand-400" : "bg-brand-300 dark:bg-brand-700"}`}
              style={{ height: `${(w.minutes / max) * 100}%` }}
            />
          </div>
        ))}
      </div>
      <div className="mt-1 flex gap-1.5 text-[10px] text-zinc-600 dark:text-zinc-400" aria-hidden>
        {weeks.map((w, i) => (
          <span key={w.start} className="flex-1 text-center">
            {i % 3 === 0 ? shortDate(w.start) : ""}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span>Each bar: the hours of one week.</span>
        {goalMinutes > 0 ? (
          <span className="flex items-center gap-1.5" data-testid="goal-label">
            <span
              className="inline-block w-5 border-t-2 border-dashed border-amber-500"
              aria-hidden
            />
            <span>
              goal {hoursLabel(goalMinutes)} · met in {met} of the last {count} weeks
            </span>
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Each area's skills as bars of level 0–4. */
export function SkillLevels({
  areas,
  levels,
}: {
  areas: { slug: string; name: string; skills: { slug: string; name: string }[] }[];
  levels: Record<string, number>;
}) {
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      {areas.map((area) => (
        <div key={area.slug}>
          <p className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            {area.name}
          </p>
          <ul className="space-y-1">
            {area.skills.map((s) => {
              const level = levels[s.slug] ?? 0;
              return (
                <li
                  key={s.slug}
                  className="grid grid-cols-[minmax(0,12rem)_1fr_1.5rem] items-center gap-2 text-xs"
                >
                  <span className="truncate" title={s.name}>
                    {s.name}
                  </span>
                  <span
                    className="h-2 rounded-full bg-zinc-100 dark:bg-zinc-800"
                    role="img"
                    aria-label={`${s.name}: level ${level} of 4`}
                  >
                    <span
                      className="block h-full rounded-full bg-brand-500"
                      style={{ width: `${(level / 4) * 100}%` }}
                    />
                  </span>
                  <span className="text-right tabular-nums text-zinc-600 dark:text-zinc-400">
                    {level}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

const PATH_COLORS: Record<string, string> = {
  formal: "bg-sky-500",
  online: "bg-brand-500",
  projects: "bg-emerald-500",
  none: "bg-zinc-400",
};

/** How the last 12 weeks' study time splits across the three learning paths. */
export function PathBalance({
  balance,
  names,
}: {
  balance: { path: string | null; minutes: number }[];
  names: Record<string, string>;
}) {
  const total = balance.reduce((a, b) => a + b.minutes, 0);
  if (total === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Tag your study sessions with a learning path to see the balance.
      </p>
    );
  const parts = balance
    .map((b) => ({
      key: b.path ?? "none",
      label: b.path ? (names[b.path] ?? b.path) : "No path",
      minutes: b.minutes,
    }))
    .sort((a, b) => b.minutes - a.minutes);
  return (
    <div>
      <div
        className="flex h-3 overflow-hidden rounded-full"
        role="img"
        aria-label={parts
          .map((p) => `${p.label} ${Math.round((p.minutes / total) * 100)}%`)
          .join(", ")}
      >
        {parts.map((p) => (
          <span
            key={p.key}
            className={PATH_COLORS[p.key] ?? "bg-zinc-400"}
            style={{ width: `${(p.minutes / total) * 100}%` }}
          />
        ))}
      </div>
      <ul className="mt-2 space-y-1 text-xs">
        {parts.map((p) => (
          <li key={p.key} className="flex items-center gap-2">
            <span
              className={`h-2.5 w-2.5 rounded-sm ${PATH_COLORS[p.key] ?? "bg-zinc-400"}`}
              aria-hidden
            />
            <span className="flex-1">{p.label}</span>
            <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
              {hoursLabel(p.minutes)} · {Math.round((p.minutes / total) * 100)}%
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The skills the way ahead asks for against the learner's levels: per row, the level held (a
 * filled bar on the 0–4 scale) and the level needed (a marker). The same figures as a table
 * below, for reading out and for anyone who would rather not read a chart; built when opened,
 * as most views never open it (docs/PERFORMANCE.md).
 */
export function SkillGap({ rows }: { rows: { label: string; need: number; level: number }[] }) {
  const short = rows.filter((r) => r.level < r.need).length;
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <figure>
      <div
        className="space-y-1.5"
        role="img"
        data-chart="skill-gap"
        aria-label={`${short} of ${rows.length} skills below the level needed: ${rows.map((r) => `${r.label} ${r.level} of ${r.need}`).join(", ")}.`}
      >
        {rows.map((r) => (
          <div
            key={r.label}
            className="grid grid-cols-[1fr_2.75rem] items-center gap-x-2 gap-y-0.5 text-xs sm:grid-cols-[minmax(0,14rem)_1fr_2.75rem]"
          >
            {/* On a phone the name takes its own line, so the bar keeps its width. */}
            <span className="col-span-2 truncate sm:col-span-1" title={r.label}>
              {r.label}
            </span>
            <span className="relative h-2.5 rounded-full bg-zinc-100 dark:bg-zinc-800">
              <span
                className={`block h-full rounded-full ${r.level >= r.need ? "bg-emerald-500" : "bg-brand-500"}`}
                style={{ width: `${(Math.min(r.level, 4) / 4) * 100}%` }}
              />
              <span
                className="absolute -top-1 h-[1.125rem] w-0.5 -translate-x-1/2 rounded bg-zinc-900 dark:bg-zinc-100"
                style={{ left: `${(r.need / 4) * 100}%` }}
              />
            </span>
            <span className="text-right tabular-nums text-zinc-600 dark:text-zinc-400">
              {r.level}/{r.need}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-2 w-4 rounded-full bg-brand-500" aria-hidden />
          your level (0–4)
        </span>
        <span className="flex items-center gap-1.5">
          <span
            className="inline-block h-3 w-0.5 rounded bg-zinc-900 dark:bg-zinc-100"
            aria-hidden
          />
          level needed
        </span>
        <span>
          {short} of {rows.length} below the level needed
        </span>
      </figcaption>
      <details className="mt-3 text-xs" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">
          Show as a table
        </summary>
        {tableOpen ? (
          <table className="mt-2 w-full text-left" data-testid="skill-gap-table">
            <thead className="text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Skill
                </th>
                <th scope="col" className="py-1 pr-2 text-right font-medium">
                  Your level
                </th>
                <th scope="col" className="py-1 pr-2 text-right font-medium">
                  Needed
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  To go
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {r.label}
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{r.level}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{r.need}</td>
                  <td className="py-1 text-right tabular-nums">{Math.max(0, r.need - r.level)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </details>
    </figure>
  );
}
