import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Alert } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { getCohortDashboard } from "@/lib/cohorts/dashboard";
import { cohortMilestoneBoard } from "@/lib/cohorts/milestones";
import { AppError } from "@/lib/errors";
import { HoursCard, TiersCard } from "./_components/charts";
import { CohortMilestonesCard } from "./_components/cohort-milestones";
import { CohortHeader } from "./_components/header";
import { LeaderboardCard } from "./_components/leaderboard";
import { memberPage, MembersCard, MilestoneGridCards } from "./_components/members";
import { LeaveCard, SharingCard } from "./_components/membership";
import { CohortDetailsCard, InviteCard } from "./_components/organizer";
import { RosterCard } from "./_components/roster";
import { StuckCard } from "./_components/stuck";
import { CohortWebhooksCard } from "./_components/webhooks";

export const metadata: Metadata = { title: "Cohort" };

export default async function CohortPage({ params, searchParams }: PageProps<"/cohorts/[slug]">) {
  const { slug } = await params;
  const actor = await requirePageActor(`/cohorts/${slug}`);
  const [d, milestoneBoard] = await Promise.all([
    getCohortDashboard(actor, slug),
    cohortMilestoneBoard(actor, slug),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const organizer = d.cohort.role === "organizer";
  const runs = d.cohort.role !== "member";
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  const sp = await searchParams;
  const page = memberPage(d, sp.page);

  return (
    <>
      <CohortHeader cohort={d.cohort} organizer={organizer} runs={runs} />
      {sp.joined ? (
        <div className="mb-4">
          <Alert tone="success">
            Welcome to {d.cohort.name}. Choose below what the cohort sees of you.
          </Alert>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        {organizer && d.cohort.inviteCode ? (
          <InviteCard slug={slug} code={d.cohort.inviteCode} origin={origin} />
        ) : null}
        {runs ? (
          <RosterCard
            actor={actor}
            slug={slug}
            origin={origin}
            cursor={typeof sp.invitations === "string" ? sp.invitations : undefined}
          />
        ) : null}
        {d.you && !runs ? <SharingCard slug={slug} sharing={d.you} /> : null}

        <CohortMilestonesCard
          slug={slug}
          board={milestoneBoard}
          pageMembers={new Set(page.shown.map((m) => m.userId))}
          showingLabel={page.showingLabel}
        />

        <TiersCard distribution={d.tierDistribution} notSharing={d.notSharingProgress} />

        <HoursCard weeks={d.weeklyHours} />

        {runs && d.stuck ? (
          <StuckCard slug={slug} stuck={d.stuck} all={sp.stuck === "all"} />
        ) : null}

        <MilestoneGridCards groups={page.gridGroups} showingLabel={page.showingLabel} />

        <MembersCard slug={slug} page={page} selfId={actor.userId} organizer={organizer} />

        <LeaderboardCard leaderboard={d.leaderboard} selfId={actor.userId} />

        {organizer ? <CohortDetailsCard slug={slug} cohort={d.cohort} /> : null}
        {organizer ? <CohortWebhooksCard actor={actor} slug={slug} /> : null}
        {d.you ? (
          <LeaveCard
            slug={slug}
            cohortName={d.cohort.name}
            organizer={organizer}
            selfId={actor.userId}
          />
        ) : null}
      </div>
    </>
  );
}
