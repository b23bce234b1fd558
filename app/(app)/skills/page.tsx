import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { notesBySubject } from "@/lib/notes/notes";
import { notesCount } from "@/lib/notes/schemas";
import { getQueryClient } from "@/lib/query-client";
import { SKILL_AREAS, SKILL_LEVELS } from "@/lib/roadmap/content";
import { everyItem } from "@/lib/pagination";
import { HISTORY_PER_SKILL, listSkillHistory, listSkillRatings } from "@/lib/skills/ratings";
import { SKILLS_QUERY_KEY } from "@/lib/skills/query-keys";
import { SkillBoard } from "./skill-board";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  const actor = await requirePageActor("/skills");
  // Prefetched on the server and hydrated: the page arrives with every level in place.
  const queryClient = getQueryClient();
  const [history, notes] = await Promise.all([
    listSkillHistory(actor),
    notesBySubject(actor),
    queryClient.prefetchQuery({
      queryKey: SKILLS_QUERY_KEY,
      queryFn: () => everyItem((page) => listSkillRatings(actor, page)),
    }),
  ]);

  return (
    <>
      <PageHeader
        title="Skills"
        description="Rate yourself honestly on every skill of the roadmap. Each change is saved at once and kept in your history."
      />
      <dl className="mb-6 grid gap-2 rounded-xl border border-zinc-200 bg-zinc-50 p-4 text-sm sm:grid-cols-5 dark:border-zinc-800 dark:bg-zinc-900/50">
        {SKILL_LEVELS.map((l) => (
          <div key={l.level}>
            <dt className="font-semibold">
              {l.level} · {l.name}
            </dt>
            <dd className="text-zinc-600 dark:text-zinc-400">{l.meaning}</dd>
          </div>
        ))}
      </dl>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SkillBoard
          areas={SKILL_AREAS}
          history={history.skills}
          timezone={history.timezone}
          historyLength={HISTORY_PER_SKILL}
          notesCounts={Object.fromEntries(
            [...notes]
              .filter(([key]) => key.startsWith("skill:"))
              .map(([key, n]) => [key.slice("skill:".length), notesCount(n)]),
          )}
        />
      </HydrationBoundary>
    </>
  );
}
