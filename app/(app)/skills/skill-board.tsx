"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useHydrated } from "@/app/components/use-hydrated";
import { apiFetch } from "@/lib/api/client";
import { SKILL_LEVELS, type SkillAreaContent } from "@/lib/roadmap/content";
import { SKILLS_QUERY_KEY } from "@/lib/skills/query-keys";
import type { SkillRating } from "@/lib/skills/ratings";

const fetchSkills = () =>
  apiFetch<{ items: SkillRating[] }>("/api/v1/me/skills").then((r) => r.items);

/**
 * Every skill with its level. A change shows at once (optimistic) and rolls
 * back, with a message, when the server refuses it.
 */
export function SkillBoard({ areas }: { areas: SkillAreaContent[] }) {
  const queryClient = useQueryClient();
  const { data: ratings = [] } = useQuery({ queryKey: SKILLS_QUERY_KEY, queryFn: fetchSkills });
  const [failure, setFailure] = useState<{ skill: string; message: string } | null>(null);
  const hydrated = useHydrated();

  const mutation = useMutation({
    mutationFn: ({ skill, level }: { skill: string; level: number }) =>
      apiFetch<SkillRating>(`/api/v1/me/skills/${encodeURIComponent(skill)}`, {
        method: "PUT",
        body: JSON.stringify({ level }),
      }),
    onMutate: async ({ skill, level }) => {
      setFailure(null);
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
                            className="cursor-pointer border-l border-zinc-300 px-1 py-1.5 text-center text-xs first:border-l-0 has-[:checked]:bg-brand-600 has-[:checked]:font-semibold has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 dark:border-zinc-700"
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
                            <span className="block">{l.level}</span>
                            <span className="block truncate">{l.name}</span>
                          </label>
                        );
                      })}
                    </div>
                  </fieldset>
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
