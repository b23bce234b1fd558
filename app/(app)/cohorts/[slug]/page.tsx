import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { WeeklyHours } from "@/app/(app)/dashboard/charts";
import { Alert, Card } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import {
  getCohortDashboard,
  INACTIVE_AFTER_DAYS,
  SAME_MILESTONE_DAYS,
} from "@/lib/cohorts/dashboard";
import { AppError } from "@/lib/errors";
import { Badge, formatDate } from "../../records/parts";
import {
  changeRoleAction,
  removeMemberAction,
  rotateCodeAction,
  updateCohortAction,
  updateSharingAction,
} from "../actions";
import { CohortDetailsForm, ConfirmButton, SharingForm } from "../forms";
import { InviteLink, MemberList, MilestoneGrid } from "./member-views";

export const metadata: Metadata = { title: "Cohort" };

const MEMBERS_PER_PAGE = 25;
const LEADERBOARD_SIZE = 10;
const INACTIVE_DAYS = INACTIVE_AFTER_DAYS;

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

export default async function CohortPage({ params, searchParams }: PageProps<"/cohorts/[slug]">) {
  const { slug } = await params;
  const actor = await requirePageActor(`/cohorts/${slug}`);
  const d = await getCohortDashboard(actor, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const organizer = d.cohort.role === "organizer";
  const runs = d.cohort.role !== "member";
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  const inviteLink = d.cohort.inviteCode ? `${origin}/cohorts/join/${d.cohort.inviteCode}` : null;
  const maxTierCount = Math.max(1, ...d.tierDistribution.map((t) => t.count));
  // Big cohorts are shown a page of members at a time (the grid and the list alike);
  // the charts above still count everyone.
  const sp = await searchParams;
  const pageCount = Math.max(1, Math.ceil(d.members.length / MEMBERS_PER_PAGE));
  const pageNumber = Math.min(pageCount, Math.max(1, Number.parseInt(String(sp.page ?? "1")) || 1));
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
  const topOfBoard = d.leaderboard.slice(0, LEADERBOARD_SIZE);
  const myPlace = d.leaderboard.findIndex((l) => l.userId === actor.userId);
  // One bound action for every row: binding per row would serialise hundreds of actions.
  const removeMember = removeMemberAction.bind(null, slug);
  const changeRole = changeRoleAction.bind(null, slug);

  return (
    <>
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold tracking-tight">{d.cohort.name}</h1>
          <Badge tone={organizer ? "brand" : runs ? "good" : "neutral"}>
            {organizer ? "You organize it" : runs ? "You coach it" : "Member"}
          </Badge>
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {d.cohort.memberCount} member{d.cohort.memberCount === 1 ? "" : "s"}
          {d.cohort.startsOn ? ` · ${formatDate(d.cohort.startsOn)}` : ""}
          {d.cohort.endsOn ? ` – ${formatDate(d.cohort.endsOn)}` : ""}
        </p>
        {d.cohort.description ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{d.cohort.description}</p>
        ) : null}
      </header>
      {sp.joined ? (
        <div className="mb-4">
          <Alert tone="success">
            Welcome to {d.cohort.name}. Choose below what the cohort sees of you.
          </Alert>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        {organizer && inviteLink ? (
          <Card title="Invite learners" className="lg:col-span-3">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Share the link, or the code for the Join form.
            </p>
            <InviteLink link={inviteLink} />
            <p className="mt-2 text-sm">
              Code:{" "}
              <span className="font-mono font-semibold" data-testid="invite-code">
                {d.cohort.inviteCode}
              </span>
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <ConfirmButton
                action={rotateCodeAction.bind(null, slug)}
                label="Make a new code"
                confirm="Make a new invite code? The current link and code stop working at once."
              />
              <a
                href={`/api/v1/cohorts/${slug}/export.csv`}
                download
                className="self-center text-sm font-semibold text-brand-700 underline dark:text-brand-300"
              >
                Download progress (CSV)
              </a>
            </div>
          </Card>
        ) : null}
        {d.you && !runs ? (
          <Card title="What the cohort sees of you">
            <SharingForm action={updateSharingAction.bind(null, slug)} values={d.you} />
          </Card>
        ) : null}

        <Card title="Tiers">
          <ul className="space-y-2">
            {d.tierDistribution.map((t) => (
              <li
                key={t.tier}
                className="grid grid-cols-[7rem_1fr_2rem] items-center gap-2 text-sm"
              >
                <span className="truncate">
                  {t.tier === 0 ? "Getting started" : `Tier ${t.tier}`}
                </span>
                <span
                  className="h-2.5 rounded-full bg-zinc-100 dark:bg-zinc-800"
                  role="img"
                  aria-label={`${t.count} at ${t.name}`}
                >
                  <span
                    className="block h-full rounded-full bg-brand-500"
                    style={{ width: `${(t.count / maxTierCount) * 100}%` }}
                  />
                </span>
                <span className="text-right tabular-nums">{t.count}</span>
              </li>
            ))}
          </ul>
          {d.notSharingProgress ? (
            <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
              {d.notSharingProgress} not sharing their progress.
            </p>
          ) : null}
        </Card>

        <Card title="Cohort hours per week" className="lg:col-span-2">
          <WeeklyHours
            weeks={d.weeklyHours.map((w) => ({
              start: w.weekStart,
              minutes: Math.round(w.hours * 60),
            }))}
            goalMinutes={0}
          />
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            From members who share their hours.
          </p>
        </Card>

        {runs && d.stuck ? (
          <Card title="Who is stuck" className="lg:col-span-3" id="stuck">
            {d.stuck.length ? (
              <ul
                className="divide-y divide-zinc-200 dark:divide-zinc-800"
                aria-label="Who is stuck"
              >
                {d.stuck.map((s) => (
                  <li key={s.userId} className="py-2 text-sm" data-stuck={s.userId}>
                    <span className="font-medium">{s.name}</span>{" "}
                    <Badge tone="warn">
                      {s.reason === "inactive"
                        ? `No activity or milestone for ${INACTIVE_DAYS}+ days`
                        : `Same next milestone for ${SAME_MILESTONE_DAYS}+ days`}
                    </Badge>
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {s.since
                        ? `${s.reason === "inactive" ? "Last moved" : "Since"} ${formatDate(s.since)}`
                        : "No activity yet"}
                      {s.milestone ? ` · next: ${s.milestone.title}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Nobody is stuck right now.</p>
            )}
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              Learners with no activity and no milestone change for {INACTIVE_DAYS} days, or the
              same next milestone for {SAME_MILESTONE_DAYS} days; milestones only of those who share
              their progress with the cohort.
            </p>
          </Card>
        ) : null}

        {gridGroups.map((g) => (
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
            selfId={actor.userId}
            removeAction={organizer ? removeMember : undefined}
            roleAction={organizer ? changeRole : undefined}
          />
          <MemberPager slug={slug} page={pageNumber} pages={pageCount} />
        </Card>

        <Card title="Leaderboard · hours this month">
          {d.leaderboard.length ? (
            <>
              <ol className="space-y-1 text-sm">
                {topOfBoard.map((l, i) => (
                  <li key={l.userId} className="flex justify-between gap-2">
                    <span>
                      {i + 1}. {l.name}
                    </span>
                    <span className="tabular-nums">{l.hours} h</span>
                  </li>
                ))}
              </ol>
              {myPlace >= LEADERBOARD_SIZE ? (
                <p className="mt-2 flex justify-between gap-2 border-t border-zinc-200 pt-2 text-sm dark:border-zinc-800">
                  <span>{myPlace + 1}. You</span>
                  <span className="tabular-nums">{d.leaderboard[myPlace]!.hours} h</span>
                </p>
              ) : null}
              {d.leaderboard.length > LEADERBOARD_SIZE ? (
                <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                  Top {LEADERBOARD_SIZE} of {d.leaderboard.length} on the leaderboard.
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nobody has joined the leaderboard yet.
            </p>
          )}
        </Card>

        {organizer ? (
          <Card title="Cohort details" className="lg:col-span-3">
            <CohortDetailsForm
              action={updateCohortAction.bind(null, slug)}
              submitLabel="Save details"
              values={d.cohort}
            />
          </Card>
        ) : null}
        {d.you ? (
          <Card title="Leave" className="lg:col-span-3">
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              The cohort stops seeing anything of yours at once.
              {organizer ? " Make another member organizer first if you are the only one." : ""}
            </p>
            <ConfirmButton
              action={removeMemberAction.bind(null, slug)}
              label="Leave this cohort"
              confirm={`Leave ${d.cohort.name}?`}
              hidden={{ userId: actor.userId }}
              danger
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
