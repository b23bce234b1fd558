import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { format, parseISO } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/app/components/ui";
import { currentActor, requirePageViewer } from "@/lib/auth/current-user";
import { coachesWithoutLearning } from "@/lib/coaching/coaching";
import { myCohortMilestones } from "@/lib/cohorts/milestones";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { daysBetween } from "@/lib/dates";
import { notesCountsOf } from "@/lib/notes/notes";
import { progressBody } from "@/lib/progress/progress";
import { PROGRESS_QUERY_KEY } from "@/lib/progress/query-keys";
import { getQueryClient } from "@/lib/query-client";
import { LEARNING_PATHS, MILESTONES, SKILL_AREAS, TIERS, TRACKS } from "@/lib/roadmap/content";
import { describeCriteria } from "@/lib/roadmap/describe";
import { hasTierBadge } from "@/lib/badges/badges";
import { AttestedMilestones } from "./attested-milestones";
import { BadgeClaimCard } from "./badge-claim-card";
import { CohortMilestoneCards } from "./cohort-milestones";
import { PathBalance, SkillGap, SkillLevels, WeeklyHours } from "./charts";
import { ActivityHeatmap } from "./heatmap";
import { PlanSummary } from "./plan";
import { amountOf, estimateOf } from "./plan-format";
import { PlanSteps, type ShownStep } from "./plan-steps";

export const metadata: Metadata = { title: "Dashboard" };

const criteriaOf = new Map(MILESTONES.map((m) => [m.id, m.criteria]));
const pathNames = Object.fromEntries(LEARNING_PATHS.map((p) => [p.slug, p.name]));
const skillNames = new Map(SKILL_AREAS.flatMap((a) => a.skills.map((s) => [s.slug, s.name])));
/** "AWS, Google Cloud or Azure". */
const skillsLabel = (slugs: string[]) => {
  const names = slugs.map((s) => skillNames.get(s) ?? s);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0]!;
};

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const { dataRevision } = await requirePageViewer("/dashboard");
  const actor = await currentActor();
  const d = await getDashboard(actor, { dataRevision });
  const { progress, plan, me } = d;
  // A coach with no learning of their own has nothing here ("Getting started 0%"): their
  // work is the review queue. Asked only when the progress shows nothing at all, so a
  // learner's dashboard costs no extra query.
  if (
    progress.tier.number === 0 &&
    progress.milestones.every((m) => m.progress.current === 0 && !m.attested && !m.verified) &&
    (await coachesWithoutLearning(actor))
  ) {
    redirect("/coaching");
  }
  // The check-offs below are a client component: hand it the progress the server already has.
  // Only the milestones it lists: the whole progress body added ~10 KB to every dashboard.
  const queryClient = getQueryClient();
  const body = progressBody(progress);
  queryClient.setQueryData(PROGRESS_QUERY_KEY, {
    ...body,
    milestones: body.milestones.filter((m) => m.kind === "attested"),
  });

  // The notes counts of the plan's steps, and the cohorts' own milestones: both outside the
  // cached dashboard (notes and an organizer's change do not raise the learner's data
  // revision), so that they show at once.
  const [noteCounts, cohortMilestoneGroups, tierBadgeClaimed] = await Promise.all([
    notesCountsOf(
      actor,
      plan.steps.map((s) => s.milestoneId),
    ),
    myCohortMilestones(actor, { dataRevision }),
    progress.tier.number > 0 ? hasTierBadge(actor, progress.tier.number) : true,
  ]);
  // The steps as the strings they show: the client component then needs none of the roadmap.
  const goal = me.profile.weeklyHoursGoal;
  const shownSteps: ShownStep[] = plan.steps.map((s) => {
    const criteria = criteriaOf.get(s.milestoneId);
    return {
      milestoneId: s.milestoneId,
      title: s.title,
      amount: amountOf(s),
      ratio: Math.min(1, s.remaining.current / Math.max(1, s.remaining.target)),
      criteria: criteria ? describeCriteria(criteria) : null,
      estimate: s.estimateHours !== null ? estimateOf(s.estimateHours, goal) : null,
      noteCount: noteCounts.get(s.milestoneId) ?? 0,
    };
  });
  // The gap chart's compact data: a label and two levels a row.
  const gapRows = plan.gap.map((r) => ({
    label: skillsLabel(r.skills),
    need: r.need,
    level: r.level,
  }));

  const tierContext = TIERS.find((t) => t.number === progress.tier.number)?.context;
  const trackName = TRACKS.find((t) => t.slug === progress.track)?.name;
  const pct = Math.round(progress.towardNext * 100);
  const firstName = me.name?.split(" ")[0] ?? "there";

  return (
    <>
      <header className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight">Welcome, {firstName}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Where you stand on the path to AI/ML engineer, and what to do next.
        </p>
      </header>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">Your tier</p>
          <p className="mt-1 text-3xl font-bold tracking-tight" data-testid="current-tier">
            {progress.tier.number > 0
              ? `Tier ${progress.tier.number} · ${progress.tier.name}`
              : "Getting started"}
          </p>
          {trackName && progress.tier.number === 4 ? (
            <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{trackName}</p>
          ) : null}
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {tierContext ?? "Meet every Foundations milestone to reach tier 1."}
          </p>
          {progress.nextTier ? (
            <div className="mt-5">
              <div className="mb-1 flex justify-between text-sm">
                <span>
                  Toward tier {progress.nextTier.number} · {progress.nextTier.name}
                  {progress.nextTier.number === 4 && trackName ? ` (${trackName})` : ""}
                </span>
                <span className="font-semibold tabular-nums">{pct}%</span>
              </div>
              <div
                className="h-3 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
                role="progressbar"
                aria-valuenow={pct}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-label={`Progress toward tier ${progress.nextTier.number}`}
              >
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
              </div>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                {TIERS.find((t) => t.number === progress.nextTier!.number)?.context}
              </p>
            </div>
          ) : (
            <p className="mt-4 text-sm font-medium text-emerald-700 dark:text-emerald-400">
              You have reached the top tier.
            </p>
          )}
        </Card>

        <Card title="Certifications expiring soon">
          {d.expiring.length ? (
            <ul className="space-y-2 text-sm">
              {d.expiring.map((c) => (
                <li key={c.id}>
                  <span className="font-medium">{c.name}</span>
                  <span className="block text-xs text-amber-800 dark:text-amber-300">
                    Expires {format(parseISO(c.expiresOn), "MMM d, yyyy")} — in{" "}
                    {daysBetween(d.today, c.expiresOn)} days
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">None in the next 60 days.</p>
          )}
          <Link
            href="/certifications"
            className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300"
          >
            All certifications
          </Link>
        </Card>

        {tierBadgeClaimed ? null : <BadgeClaimCard tier={progress.tier} />}

        <Card title="Next steps" className="lg:col-span-2" id="plan">
          <PlanSummary
            plan={plan}
            trackName={trackName && plan.track ? trackName : undefined}
            nextTier={progress.nextTier}
            weeklyHoursGoal={me.profile.weeklyHoursGoal}
          />
          {plan.steps.length ? (
            <PlanSteps steps={shownSteps} />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nothing left: every milestone is met.
            </p>
          )}
          <Link
            href="/roadmap"
            className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300"
          >
            See the whole roadmap
          </Link>
        </Card>

        <Card title="Check off">
          <p className="mb-3 text-xs text-zinc-600 dark:text-zinc-400">
            Milestones only you can vouch for. A coach can verify them.
          </p>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <AttestedMilestones />
          </HydrationBoundary>
        </Card>

        <CohortMilestoneCards
          groups={cohortMilestoneGroups}
          expanded={[(await searchParams).cohort].flat()[0]}
        />

        {gapRows.length ? (
          <Card
            title={
              plan.track && trackName
                ? `Skill gap: ${trackName}`
                : progress.nextTier
                  ? `Skill gap: tier ${progress.nextTier.number}`
                  : "Skill gap"
            }
            className="lg:col-span-3"
            id="skill-gap"
          >
            <p className="mb-3 text-xs text-zinc-600 dark:text-zinc-400">
              {plan.track
                ? "The skills the way to your target track asks for, against your levels."
                : "The skills the next tier asks for, against your levels."}
            </p>
            <SkillGap rows={gapRows} />
          </Card>
        ) : null}

        {progress.milestones.some((m) => m.verified) || d.verifiedRecords.length ? (
          <Card title="Verified by your coach" className="lg:col-span-3">
            <ul className="flex flex-wrap gap-2 text-sm" data-testid="verified">
              {progress.milestones
                .filter((m) => m.verified)
                .map((m) => (
                  <li
                    key={m.id}
                    className="rounded-full bg-emerald-50 px-3 py-1 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
                  >
                    ✓ {m.title}
                  </li>
                ))}
              {d.verifiedRecords.map((r, i) => (
                <li
                  key={`${r.type}-${i}`}
                  className="rounded-full bg-emerald-50 px-3 py-1 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
                >
                  ✓ {r.type === "project" ? "Project" : "Certification"}: {r.title}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card title="Activity, last 52 weeks" className="lg:col-span-3">
          <ActivityHeatmap {...d.heatmap} />
        </Card>

        <Card title="Hours per week" className="lg:col-span-2">
          <WeeklyHours weeks={d.weekly} goalMinutes={d.weeklyGoalMinutes} />
        </Card>

        <Card title="Learning paths, last 12 weeks">
          <PathBalance balance={d.pathBalance} names={pathNames} />
        </Card>

        <Card title="Skill levels" className="lg:col-span-3">
          <SkillLevels areas={SKILL_AREAS} levels={d.skillLevels} />
        </Card>
      </div>
    </>
  );
}
