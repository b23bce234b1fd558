import Link from "next/link";
import { Card, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { SearchHit } from "@/lib/notes/search";

const KIND_LABEL: Record<SearchHit["kind"], string> = {
  milestone: "Milestone",
  skill: "Skill",
  note: "Your note",
  resource: "Your resource",
};

/** Where a hit lives on this page, with its notes unfolded for a note or resource. */
function hrefOf(hit: SearchHit): string {
  const anchor = `#${hit.subjectType}-${hit.subjectId}`;
  const open = hit.kind === "note" || hit.kind === "resource";
  return open
    ? `/roadmap?open=${encodeURIComponent(`${hit.subjectType}:${hit.subjectId}`)}${anchor}`
    : `/roadmap${anchor}`;
}

/** The excerpt with the words PostgreSQL matched (between « and ») in bold, as text. */
function Excerpt({ text }: { text: string }) {
  return (
    <>
      {text.split(/(«[^»]*»)/).map((part, i) =>
        part.startsWith("«") ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 dark:bg-amber-900">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * The roadmap search: a plain GET form (it works before any script loads), answered by
 * PostgreSQL full-text search over milestones, skills and the learner's own notes and
 * resources (lib/notes/search.ts).
 */
export function RoadmapSearch({ q, hits }: { q: string; hits: SearchHit[] | null }) {
  return (
    <Card>
      <form role="search" action="/roadmap" className="flex gap-2">
        <label htmlFor="roadmap-q" className="sr-only">
          Search milestones, skills and your notes
        </label>
        <input
          id="roadmap-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="Search milestones, skills and your notes"
          className={inputClass}
        />
        <button type="submit" className={secondaryButtonClass}>
          Search
        </button>
      </form>
      {hits ? (
        <div className="mt-3" aria-live="polite">
          {hits.length ? (
            <ul
              aria-label="Search results"
              className="divide-y divide-zinc-200 dark:divide-zinc-800"
            >
              {hits.map((h, i) => (
                <li key={i} className="py-2 text-sm">
                  <Link
                    href={hrefOf(h)}
                    className="font-medium text-brand-700 hover:underline dark:text-brand-300"
                  >
                    {h.subjectTitle}
                  </Link>{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    · {KIND_LABEL[h.kind]}
                  </span>
                  {h.kind === "note" || h.kind === "resource" ? (
                    <p className="text-xs text-zinc-700 dark:text-zinc-300">
                      <Excerpt text={h.excerpt} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing found for “{q}”.</p>
          )}
        </div>
      ) : null}
    </Card>
  );
}
