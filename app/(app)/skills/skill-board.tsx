"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useHydrated } from "@/app/components/use-hydrated";
import { api, everyItemOf, unwrap } from "@/lib/api/client";
import { SKILL_LEVELS, type SkillAreaContent } from "@/lib/roadmap/content";
import { SKILLS_QUERY_KEY } from "@/lib/skills/query-keys";
import type { SkillChange, SkillRating } from "@/lib/skills/ratings";

const fetchSkills = () =>
  everyItemOf((query) => unwrap(api.GET("/api/v1/me/skills", { params: { query } })));

const LEVEL_NAMES: Record<number, string> = Object.fromEntries(
  SKILL_LEVELS.map((l) => [l.level, l.name]),
);

/** A skill's past levels, oldest first, a repeat of the same level shown once. */
function RatingHistory({
  skillName,
  changes,
  timezone,
}: {
  skillName: string;
  changes: SkillChange[];
  timezone: string;
}) {
  const steps = changes.filter((c, i) => i === 0 || changes[i - 1]!.level !== c.level);
  if (steps.length === 0)
    return <p className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400">Not rated yet.</p>;
  const day = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    timeZone: timezone,
  });
  return (
    <ol
      aria-label={`${skillName}: rating history`}
      className="mt-1.5 flex flex-wrap items-center gap-x-1 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
      data-testid="skill-history"
    >
      {steps.map((c, i) => (
        <li key={`${c.changedAt}-${i}`} className="flex items-center gap-1">
          {i > 0 ? <span aria-hidden>→</span> : null}
          <span className="rounded-full bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">
            <span className="font-medium text-zinc-800 dark:text-zinc-200">
              {LEVEL_NAMES[c.level] ?? c.level}
            </span>{" "}
            <time dateTime={c.changedAt}>{day.format(new Date(c.changedAt))}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Every skill with its level. A change shows at once (optimistic) and rolls
 * back, with a message, when the server refuses it.
 */
export function SkillBoard({
  areas,
  history: initialHistory,
  timezone,
  historyLength,
  notesCounts = {},
}: {
  areas: SkillAreaContent[];
  /** How many notes and resources the learner keeps on each skill (they live on the roadmap). */
  notesCounts?: Record<string, number>;
  /** Each skill's latest changes, oldest first, as the server had them. */
  history: Record<string, SkillChange[]>;
  timezone: string;
  historyLength: number;
}) {
  const queryClient = useQueryClient();
  const { data: ratings = [] } = useQuery({ queryKey: SKILLS_QUERY_KEY, queryFn: fetchSkills });
  const [failure, setFailure] = useState<{ skill: string; message: string } | null>(null);
  // What the last save confirmed, read out by the skill's live region.
  const [confirmed, setConfirmed] = useState<{ skill: string; message: string } | null>(null);
  const [history, setHistory] = useState(initialHistory);
  const nameOf = new Map(areas.flatMap((a) => a.skills.map((s) => [s.slug, s.name] as const)));
  const hydrated = useHydrated();

  const mutation = useMutation({
    mutationFn: ({ skill, level }: { skill: string; level: number }) =>
      unwrap(
        api.PUT("/api/v1/me/skills/{skillSlug}", {
          params: { path: { skillSlug: skill } },
          body: { level },
        }),
      ),
    onMutate: async ({ skill, level }) => {
      setFailure(null);
      setConfirmed(null);
      await queryClient.cancelQueries({ queryKey: SKILLS_QUERY_KEY });
      const previous = queryClient.getQueryData<SkillRating[]>(SKILLS_QUERY_KEY);
      queryClient.setQueryData<SkillRating[]>(SKILLS_QUERY_KEY, (old = []) =>
        old.map((r) => (r.skill === skill ? { ...r, level } : r)),
      );
      return { previous };
    },
    onError: (error, { skill }, context) => {
      if (context?.previous) queryClient.setQueryData(SKILLS_QUERY_KEY, context.previous);
      setFailure({ skill, message: error.message });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<SkillRating[]>(SKILLS_QUERY_KEY, (old = []) =>
        old.map((r) => (r.skill === saved.skill ? saved : r)),
      );
      // The server appended this change to the history: show it as the page would after a reload.
      setHistory((old) => ({
        ...old,
        [saved.skill]: [
          ...(old[saved.skill] ?? []),
          { level: saved.level, changedAt: saved.updatedAt ?? new Date().toISOString() },
        ].slice(-historyLength),
      }));
      setConfirmed({
        skill: saved.skill,
        message: `${nameOf.get(saved.skill) ?? saved.skill} set to ${LEVEL_NAMES[saved.level] ?? saved.level}.`,
      });
    },
  });

  const levelOf = new Map(ratings.map((r) => [r.skill, r.level]));

  return (
    <div className="space-y-6">
      {areas.map((area) => (
        <section
          key={area.slug}
          aria-labelledby={`area-${area.slug}`}
          className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h2
            id={`area-${area.slug}`}
            className="border-b border-zinc-200 px-4 py-3 text-base font-semibold dark:border-zinc-800"
          >
            {area.name}
          </h2>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {area.skills.map((skill) => {
              const level = levelOf.get(skill.slug) ?? 0;
              return (
                <li key={skill.slug} className="px-4 py-3">
                  <fieldset className="flex flex-col gap-2 md:flex-row md:items-center md:justify-between">
                    <legend className="contents">
                      <span className="text-sm font-medium">{skill.name}</span>
                    </legend>
                    <div
                      className="grid grid-cols-5 overflow-hidden rounded-lg border border-zinc-300 md:w-[28rem] dark:border-zinc-700"
                      data-skill={skill.slug}
                    >
                      {SKILL_LEVELS.map((l) => {
                        const id = `${skill.slug}-${l.level}`;
                        return (
                          <label
                            key={l.level}
                            htmlFor={id}
                            title={l.meaning}
                            className="cursor-pointer border-l border-zinc-300 px-0.5 py-1.5 text-center text-xs sm:px-1 group first:border-l-0 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 dark:border-zinc-700"
                          >
                            <input
                              type="radio"
                              id={id}
                              name={skill.slug}
                              value={l.level}
                              checked={level === l.level}
                              disabled={!hydrated}
                              onChange={() =>
                                mutation.mutate({ skill: skill.slug, level: l.level })
                              }
                              className="sr-only"
                            />
                            <span className="block group-has-[:checked]:font-bold">{l.level}</span>
                            <span className="block break-words text-[11px] leading-tight tracking-tight sm:text-xs sm:tracking-normal">
                              {l.name}
                            </span>
                          </label>
                        );
                      })}
                    </div>
                  </fieldset>
                  {notesCounts[skill.slug] ? (
                    <a
                      href={`/roadmap?open=${encodeURIComponent(`skill:${skill.slug}`)}#skill-${skill.slug}`}
                      className="mt-1 inline-block text-xs font-medium text-brand-700 underline dark:text-brand-300"
                    >
                      Your notes on {skill.name} ({notesCounts[skill.slug]})
                    </a>
                  ) : null}
                  <RatingHistory
                    skillName={skill.name}
                    changes={history[skill.slug] ?? []}
                    timezone={timezone}
                  />
                  {/* Always in the page, so that screen readers announce what lands in it. */}
                  <p
                    role="status"
                    className="mt-1 text-sm font-medium text-emerald-700 empty:mt-0 dark:text-emerald-400"
                    data-testid={`skill-saved-${skill.slug}`}
                  >
                    {confirmed?.skill === skill.slug ? (
                      <>
                        <span aria-hidden>✓ </span>
                        {confirmed.message}
                      </>
                    ) : null}
                  </p>
                  {failure?.skill === skill.slug ? (
                    <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
                      Could not save {skill.name}: {failure.message} It is back at its previous
                      level.
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
