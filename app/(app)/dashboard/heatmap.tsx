"use client";

import { useState } from "react";
import { ScrollRegion } from "@/app/components/scroll-region";
import { hoursLabel, MONTHS } from "./charts";

/**
 * One square per day, a column per week (Monday on top). The squares of each
 * shade are drawn as one path, so the page carries five elements instead of
 * 364; the day under the pointer is looked up from the minutes array.
 */

const CELL = 11;
const STEP = 14;
const TOP = 16; // room for the month labels
const DAY_MS = 86_400_000;

// Fill and a stroke of the same colour: the round join softens the corners.
const SHADES = [
  "fill-zinc-100 stroke-zinc-100 dark:fill-zinc-800 dark:stroke-zinc-800",
  "fill-brand-100 stroke-brand-100 dark:fill-brand-700/50 dark:stroke-brand-700/50",
  "fill-brand-300 stroke-brand-300 dark:fill-brand-600 dark:stroke-brand-600",
  "fill-brand-500 stroke-brand-500 dark:fill-brand-400 dark:stroke-brand-400",
  "fill-brand-700 stroke-brand-700 dark:fill-brand-300 dark:stroke-brand-300",
];
const shadeOf = (minutes: number) =>
  minutes <= 0 ? 0 : minutes < 30 ? 1 : minutes < 60 ? 2 : minutes < 120 ? 3 : 4;

function dayLabel(startMs: number, index: number) {
  return new Date(startMs + index * DAY_MS).toLocaleDateString("en-US", {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
  });
}

export function ActivityHeatmap({
  start,
  minutes,
  weeks,
}: {
  /** The Monday of the first column, `YYYY-MM-DD`. */
  start: string;
  /** Minutes studied per day from `start` to today. */
  minutes: number[];
  weeks: number;
}) {
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  // Cells are inset by half the stroke so that fill and stroke together make CELL × CELL.
  const paths = SHADES.map(() => "");
  let activeDays = 0;
  let total = 0;
  minutes.forEach((m, i) => {
    if (m > 0) {
      activeDays++;
      total += m;
    }
    const x = Math.floor(i / 7) * STEP + 1;
    const y = (i % 7) * STEP + TOP + 1;
    paths[shadeOf(m)] += `M${x} ${y}h${CELL - 2}v${CELL - 2}h${2 - CELL}z`;
  });
  const activeDaysLabel = `${activeDays} active ${activeDays === 1 ? "day" : "days"}`;
  const months: { x: number; label: string }[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = new Date(startMs + w * 7 * DAY_MS);
    // A month's label sits over the first week that starts in it.
    if (monday.getUTCDate() <= 7 && w < weeks - 2)
      months.push({ x: w * STEP, label: MONTHS[monday.getUTCMonth()]! });
  }

  return (
    <figure>
      {/* On a phone the year scrolls sideways: it opens on the latest weeks, not the oldest. */}
      <ScrollRegion
        label={`The last ${weeks} weeks, scrolling sideways`}
        startAtEnd
        className="relative"
      >
        <svg
          role="img"
          aria-label={`Study activity over the last ${weeks} weeks: ${activeDaysLabel}, ${hoursLabel(total)} in total.`}
          width={weeks * STEP}
          height={7 * STEP + TOP}
          className="block"
          onPointerMove={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            const col = Math.floor((e.clientX - box.left) / STEP);
            const row = Math.floor((e.clientY - box.top - TOP) / STEP);
            const index = col * 7 + row;
            setHover(
              row >= 0 && row < 7 && index >= 0 && index < minutes.length
                ? { index, x: col * STEP, y: row * STEP + TOP }
                : null,
            );
          }}
          onPointerLeave={() => setHover(null)}
        >
          {months.map((m) => (
            <text key={m.x} x={m.x} y={10} className="fill-zinc-600 text-[10px] dark:fill-zinc-400">
              {m.label}
            </text>
          ))}
          {paths.map((d, shade) =>
            d ? (
              <path
                key={shade}
                d={d}
                strokeWidth={2}
                strokeLinejoin="round"
                className={SHADES[shade]}
              />
            ) : null,
          )}
        </svg>
        {hover ? (
          <p
            className="pointer-events-none absolute z-10 whitespace-nowrap rounded bg-zinc-900 px-2 py-1 text-xs text-white shadow dark:bg-zinc-100 dark:text-zinc-900"
            // Above the day, or below it on the top rows, and never past the right edge.
            style={{
              left: Math.min(hover.x, weeks * STEP - 200),
              top: hover.y >= TOP + 2 * STEP ? hover.y - 28 : hover.y + STEP + 2,
            }}
            data-testid="heatmap-day"
          >
            {dayLabel(startMs, hover.index)}:{" "}
            {minutes[hover.index] ? `${minutes[hover.index]} min` : "nothing logged"}
          </p>
        ) : null}
      </ScrollRegion>
      <figcaption className="mt-2 flex items-center justify-between text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {activeDaysLabel} · {hoursLabel(total)} in {weeks} weeks
        </span>
        <span className="flex items-center gap-1" aria-hidden>
          Less
          <svg width={5 * STEP} height={CELL}>
            {SHADES.map((c, i) => (
              <rect key={c} x={i * STEP} width={CELL} height={CELL} rx={2} className={c} />
            ))}
          </svg>
          More
        </span>
      </figcaption>
    </figure>
  );
}
