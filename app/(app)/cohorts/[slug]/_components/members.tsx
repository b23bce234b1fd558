import { Card } from "@/app/components/ui";
import type { CohortDashboard } from "@/lib/cohorts/dashboard";
import { changeRoleAction, removeMemberAction } from "../../actions";
import { MemberList, MilestoneGrid } from "./member-views";

const MEMBERS_PER_PAGE = 25;

/** Previous / next and the page numbers around this one, as plain links. */
function MemberPager({ slug, page, pages }: { slug: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => `/cohorts/${slug}?page=${n}#members`;
  const near = [...new Set([1, page - 1, page, page + 1, pages])].filter(
    (n) => n >= 1 && n <= pages,
  );
  const link =
    "rounded-md px-2.5 py-1 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Member pages" className="mt-3 flex flex-wrap items-center gap-1">
      {page > 1 ? (
        <a href={href(page - 1)} className={link}>
          ← Previous
        </a>
      ) : null}
      {near.map((n, i) => (
        <span key={n} className="flex items-center">
          {i > 0 && n - near[i - 1]! > 1 ? <span className="px-1 text-zinc-500">…</span> : null}
          <a
            href={href(n)}
            aria-current={n === page ? "page" : undefined}
            className={`${link} ${n === page ? "bg-brand-50 text-brand-800 dark:bg-brand-700/30 dark:text-brand-100" : ""}`}
          >
            {n}
          </a>
        </span>
      ))}
      {page < pages ? (
        <a href={href(page + 1)} className={link}>
          Next →
        </a>
      ) : null}
    </nav>
  );
}

/**
 * Big cohorts are shown a page of members at a time (the grid and the list alike);
 * the charts above still count everyone.
 */
export function memberPage(d: CohortDashboard, page: string | string[] | undefined) {
  const pageCount = Math.max(1, Math.ceil(d.members.length / MEMBERS_PER_PAGE));
  const pageNumber = Math.min(pageCount, Math.max(1, Number.parseInt(String(page ?? "1")) || 1));
  const first = (pageNumber - 1) * MEMBERS_PER_PAGE;
  const shown = d.members.slice(first, first + MEMBERS_PER_PAGE);
  // The grid: the learners of this page, grouped by the tier (and track) they work toward next.
  const gridGroups = d.grid.tiers
    .map((g) => ({
      ...g,
      rows: shown.filter(
        (m) =>
          m.metMilestones &&
          m.nextTier?.number === g.tier.number &&
          (m.nextTrack ?? null) === (g.track?.slug ?? null),
      ),
    }))
    .filter((g) => g.rows.length && g.milestones.length);
  const showingLabel =
    pageCount > 1
      ? `Members ${first + 1}–${first + shown.length} of ${d.members.length}, by name.`
      : null;
  return { pageNumber, pageCount, shown, gridGroups, showingLabel };
}

type MemberPage = ReturnType<typeof memberPage>;

/** The milestone grid: one card per next tier (and track), the learners of this page as rows. */
export function MilestoneGridCards({
  groups,
  showingLabel,
}: {
  groups: MemberPage["gridGroups"];
  showingLabel: string | null;
}) {
  return (
    <>
      {groups.map((g) => (
        <Card
          key={`${g.tier.number}:${g.track?.slug ?? ""}`}
          title={`Working toward tier ${g.tier.number} · ${g.tier.name}${g.track ? ` (${g.track.name})` : ""}`}
          className="lg:col-span-3"
        >
          {showingLabel ? (
            <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{showingLabel}</p>
          ) : null}
          <MilestoneGrid
            label={`Tier ${g.tier.number}${g.track ? ` (${g.track.name})` : ""}`}
            milestones={g.milestones}
            rows={g.rows.map((r) => ({
              userId: r.userId,
              name: r.name,
              met: r.metMilestones!,
            }))}
          />
        </Card>
      ))}
    </>
  );
}

/** This page of members, with the organizer's remove and role controls, and the pager. */
export function MembersCard({
  slug,
  page,
  selfId,
  organizer,
}: {
  slug: string;
  page: MemberPage;
  selfId: string;
  organizer: boolean;
}) {
  const { pageNumber, pageCount, shown, showingLabel } = page;
  // One bound action for every row: binding per row would serialise hundreds of actions.
  const removeMember = removeMemberAction.bind(null, slug);
  const changeRole = changeRoleAction.bind(null, slug);
  return (
    <Card title="Members" className="lg:col-span-2" id="members">
      {showingLabel ? (
        <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{showingLabel}</p>
      ) : null}
      <MemberList
        members={shown.map((m) => ({
          userId: m.userId,
          name: m.name,
          role: m.role,
          inactive: m.inactive,
          tier: m.tier,
          hoursThisWeek: m.hoursThisWeek,
        }))}
        selfId={selfId}
        removeAction={organizer ? removeMember : undefined}
        roleAction={organizer ? changeRole : undefined}
      />
      <MemberPager slug={slug} page={pageNumber} pages={pageCount} />
    </Card>
  );
}
