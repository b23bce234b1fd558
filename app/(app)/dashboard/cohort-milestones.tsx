import { format, parseISO } from "date-fns";
import Link from "next/link";
import { Card } from "@/app/components/ui";
import { describeCohortCriteria } from "@/lib/cohorts/milestone-limits";
import type { MyCohortMilestones } from "@/lib/cohorts/milestones";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import { CohortMilestoneList } from "./cohort-milestone-list";

const SKILL_NAMES = new Map(SKILL_AREAS.flatMap((a) => a.skills.map((s) => [s.slug, s.name])));
const skillName = (slug: string) => SKILL_NAMES.get(slug) ?? slug;
const day = (d: string) => format(parseISO(d), "MMM d, yyyy");

/** Milestones a cohort's card shows until asked for all: those still to do first. */
export const COHORT_MILESTONES_SHOWN = 6;

/**
 * One card per cohort the learner is a member of, named after it: its own milestones with
 * their due dates, the overdue unmet ones flagged, the attested ones checked off here. Read
 * on every visit, outside the cached dashboard (lib/cohorts/milestones.ts, myCohortMilestones).
 * A bootcamp can set thirty: the card shows the first few still to do (soonest due first),
 * then done ones, and the rest on request (`?cohort=<slug>`), which keeps the dashboard small.
 */
export function CohortMilestoneCards({
  groups,
  expanded,
}: {
  groups: MyCohortMilestones;
  expanded: string | undefined;
}) {
  return groups.map((g) => {
    const all = expanded === g.slug;
    const ordered = [...g.items.filter((m) => !m.met), ...g.items.filter((m) => m.met)];
    const shown = all ? ordered : ordered.slice(0, COHORT_MILESTONES_SHOWN);
    const done = g.items.length - g.items.filter((m) => !m.met).length;
    return (
      <Card key={g.slug} title={g.name} className="lg:col-span-3" id={`cohort-${g.slug}`}>
        <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="cohort-done">
          {done} of {g.items.length} done
        </p>
        <CohortMilestoneList
          slug={g.slug}
          items={shown.map((m) => ({
            id: m.id,
            title: m.title,
            overdue: m.overdue,
            met: m.met,
            detail: detailOf(m),
            attested: m.kind === "attested" ? m.attested : null,
          }))}
        />
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold text-brand-700 dark:text-brand-300">
          {ordered.length > COHORT_MILESTONES_SHOWN ? (
            all ? (
              <a href={`/dashboard#cohort-${g.slug}`} className="underline">
                Show the first {COHORT_MILESTONES_SHOWN}
              </a>
            ) : (
              <a
                href={`/dashboard?cohort=${encodeURIComponent(g.slug)}#cohort-${g.slug}`}
                className="underline"
              >
                Show all {ordered.length} milestones
              </a>
            )
          ) : null}
          <Link href={`/cohorts/${g.slug}`} className="underline">
            Open {g.name}
          </Link>
        </p>
      </Card>
    );
  });
}

/** What counts, where the member stands, when it is due: "Calculus at level 4 or above · now level 0 · due Oct 28, 2026". */
function detailOf(m: MyCohortMilestones[number]["items"][number]) {
  const parts = [describeCohortCriteria(m.kind, m.criteria, skillName, day)];
  if (m.kind !== "attested") parts.push(`now ${progressText(m)}`);
  if (m.dueOn) parts.push(`due ${day(m.dueOn)}`);
  return parts.join(" · ");
}

function progressText(m: MyCohortMilestones[number]["items"][number]) {
  const { current } = m.progress;
  switch (m.kind) {
    case "hours":
      return `${current} h`;
    case "skill":
      return `level ${current}`;
    default:
      return String(current);
  }
}
