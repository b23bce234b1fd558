import { format, parseISO } from "date-fns";
import { DetailsBuiltWhenOpened } from "@/app/components/details-built-when-opened";
import { Badge, Card } from "@/app/components/ui";
import { describeCohortCriteria } from "@/lib/cohorts/milestone-limits";
import type { CohortMilestoneBoard } from "@/lib/cohorts/milestones";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import { ConfirmButton } from "../../forms";
import {
  createCohortMilestoneAction,
  deleteCohortMilestoneAction,
  updateCohortMilestoneAction,
} from "../../milestone-actions";
import { CohortMilestoneForm } from "./cohort-milestone-form";

const SKILLS = SKILL_AREAS.flatMap((a) => a.skills.map((s) => ({ slug: s.slug, name: s.name })));
const skillName = (slug: string) => SKILLS.find((s) => s.slug === slug)?.name ?? slug;
const due = (d: string) => format(parseISO(d), "MMM d, yyyy");

/**
 * The cohort's own milestones: for those who run the cohort, completion per milestone and per
 * member (only members who share their progress, and for hours their hours) and the forms to
 * add, edit and remove them; for a member, their own standing.
 */
export function CohortMilestonesCard({
  slug,
  board: all,
  pageMembers,
  showingLabel,
}: {
  slug: string;
  board: CohortMilestoneBoard;
  /** The members of the page shown (the member list's paging): a cohort of 500 with thirty
   * milestones would otherwise put 15,000 cells in the page. */
  pageMembers: ReadonlySet<string>;
  showingLabel: string | null;
}) {
  const board: CohortMilestoneBoard =
    all.members === null
      ? all
      : { ...all, members: all.members.filter((m) => pageMembers.has(m.userId)) };
  const runs = board.members !== null;
  if (!runs && board.items.length === 0) return null;
  return (
    <Card title="Cohort milestones" className="lg:col-span-3" id="cohort-milestones">
      {board.items.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No milestones of the cohort&rsquo;s own yet. Add one below: members see it on their
          dashboard at once.
        </p>
      ) : (
        <ul
          className="divide-y divide-zinc-200 dark:divide-zinc-800"
          data-testid="cohort-milestones"
        >
          {board.items.map((m) => {
            const c = m.completion as { done?: number; of?: number; met?: boolean };
            const overdue = "overdue" in m && m.overdue;
            return (
              <li key={m.id} className="py-3" data-testid={`cohort-milestone-${m.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-medium">{m.title}</span>
                  <span className="flex items-center gap-2 text-sm tabular-nums">
                    {overdue ? <Badge tone="warn">Overdue</Badge> : null}
                    {runs ? (
                      <span data-testid="completion">
                        {c.done} of {c.of} done
                      </span>
                    ) : (
                      <span>{c.met ? "✓ Done" : "Not yet"}</span>
                    )}
                  </span>
                </div>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {describeCohortCriteria(m.kind, m.criteria, skillName, due)}
                  {m.dueOn ? ` · due ${due(m.dueOn)}` : ""}
                </p>
                {m.description ? (
                  <p className="mt-1 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
                    {m.description}
                  </p>
                ) : null}
                {runs ? (
                  <div className="mt-2 flex flex-wrap items-start gap-2">
                    <DetailsBuiltWhenOpened
                      className="w-full sm:w-auto sm:flex-1"
                      summaryClassName="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300"
                      summary="Edit"
                    >
                      <div className="mt-3">
                        <CohortMilestoneForm
                          action={updateCohortMilestoneAction.bind(null, slug, m.id)}
                          submitLabel="Save milestone"
                          values={m}
                          skills={SKILLS}
                          idPrefix={`edit-${m.id}`}
                        />
                      </div>
                    </DetailsBuiltWhenOpened>
                    <ConfirmButton
                      action={deleteCohortMilestoneAction.bind(null, slug, m.id)}
                      label="Delete"
                      danger
                      confirm={`Delete “${m.title}”? Members' check-offs of it are removed too.`}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {runs && board.items.length && board.members.length ? (
        <>
          {showingLabel ? (
            <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">{showingLabel}</p>
          ) : null}
          <MemberCompletion board={board} />
        </>
      ) : null}
      {runs ? (
        <details className="mt-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-semibold">Add a milestone</summary>
          <div className="mt-3">
            <CohortMilestoneForm
              action={createCohortMilestoneAction.bind(null, slug)}
              submitLabel="Add milestone"
              skills={SKILLS}
              idPrefix="new-milestone"
            />
          </div>
        </details>
      ) : null}
    </Card>
  );
}

/** Who met which: one row per member; a dash where the member does not share it. */
function MemberCompletion({ board }: { board: CohortMilestoneBoard }) {
  return (
    // Focusable, so that a keyboard can scroll it sideways on a phone.
    <div
      className="mt-4 overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Cohort milestones met per member"
    >
      <table className="min-w-full text-left text-sm" data-testid="cohort-milestone-members">
        <caption className="sr-only">Cohort milestones met per member</caption>
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-2 pr-3 font-medium">
              Member
            </th>
            {board.items.map((m) => (
              <th
                key={m.id}
                scope="col"
                className="max-w-[10rem] truncate px-2 py-2 font-medium"
                title={m.title}
              >
                {m.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.members!.map((member) => (
            <tr key={member.userId} className="border-b border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="py-2 pr-3 font-normal">
                {member.name ?? "Unnamed"}
              </th>
              {board.items.map((m) => {
                const met = member.met[m.id];
                return (
                  <td key={m.id} className="px-2 py-2">
                    {met === null || met === undefined ? (
                      <span className="text-zinc-400" aria-label="not shared">
                        —
                      </span>
                    ) : met ? (
                      <span className="text-emerald-700 dark:text-emerald-400" aria-label="met">
                        ✓
                      </span>
                    ) : (
                      <span className="text-zinc-500" aria-label="not yet">
                        ○
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        ✓ met · ○ not yet · — not shared with the cohort (progress, or hours for an hours
        milestone).
      </p>
    </div>
  );
}
