import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { issueBadge } from "@/lib/badges/badges";
import { env } from "@/lib/env";
import { progressOf } from "@/lib/progress/progress";
import { addDaysTo, todayIn } from "@/lib/dates";
import { MILESTONES } from "@/lib/roadmap/content";
import { closeDb, db } from "@/db/client";
import { developmentAuthSecret } from "../lib/run.mjs";
import { seedDemoInvitations } from "./demo-invitations";
import { seedDemoRecords } from "./demo-records";
import { demoId } from "./demo-records";
import {
  cohortMembers,
  cohortMilestoneAttestations,
  cohortMilestones,
  cohorts,
  coachingLinks,
  notes,
  notifications,
  profileSlugs,
  profiles,
  resources,
  reviewMessages,
  reviews,
  users,
} from "@/db/schema";

/** Demo accounts; the README lists them. One password for all, ≥ 10 characters. */
export const DEMO_PASSWORD = "epoch-demo-2026";
export const DEMO_ACCOUNTS = [
  {
    email: "learner@epoch.dev",
    name: "Ada Learner",
    profile: {
      headline: "Data analyst on the way to ML engineering",
      targetTrack: "mlops",
      targetDate: "2027-09-01",
      weeklyHoursGoal: 5,
      timezone: "Europe/Berlin",
      publicProfile: true,
      slug: "ada-learner",
    },
  },
  {
    email: "coach@epoch.dev",
    name: "Grace Coach",
    profile: { headline: "Staff ML engineer, mentoring on the side", timezone: "America/New_York" },
  },
  {
    email: "organizer@epoch.dev",
    name: "Alan Organizer",
    profile: { headline: "Runs the Spring ML bootcamp", timezone: "Europe/London" },
  },
] as const;

/** Re-runnable: existing demo accounts are left as they are. */
export async function seed(): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    await db
      .insert(users)
      // The demo addresses are Epoch's own and reach no one: marked verified, so Settings does not
      // offer a verification link that could never arrive.
      .values({ email: account.email, name: account.name, passwordHash, emailVerified: new Date() })
      .onConflictDoNothing();
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, account.email));
    ids[account.email] = user!.id;
    await db
      .insert(profiles)
      .values({ userId: user!.id, ...account.profile })
      .onConflictDoNothing();
    if ("slug" in account.profile)
      await db
        .insert(profileSlugs)
        .values({ slug: account.profile.slug, userId: user!.id })
        .onConflictDoNothing();
    if (account.email === "learner@epoch.dev") {
      await seedDemoRecords(db, user!.id, account.profile.timezone);
    }
  }
  // The organizer's bootcamp, with the learner sharing everything and the coach only progress.
  const cohortId = demoId("cohort:spring");
  await db
    .insert(cohorts)
    .values({
      id: cohortId,
      slug: "spring-ml-bootcamp",
      name: "Spring ML Bootcamp",
      description: "Twelve weeks from Python foundations to a shipped ML project.",
      inviteCode: "SPRINGML26",
      createdBy: ids["organizer@epoch.dev"],
    })
    .onConflictDoNothing();
  await db
    .insert(cohortMembers)
    .values([
      { cohortId, userId: ids["organizer@epoch.dev"]!, role: "organizer" },
      {
        cohortId,
        userId: ids["learner@epoch.dev"]!,
        role: "member",
        shareHours: true,
        leaderboard: true,
      },
      // Grace coaches the cohort: she reads what members share and who is stuck, and is not counted as a learner.
      { cohortId, userId: ids["coach@epoch.dev"]!, role: "coach" },
    ])
    .onConflictDoNothing();
  await seedDemoInvitations(db, cohortId, {
    organizer: ids["organizer@epoch.dev"]!,
    learner: ids["learner@epoch.dev"]!,
  });

  // The bootcamp's own milestones: one Ada checked off, one overdue she has not, an hours one
  // and a shipped project, so the dashboard section and the cohort page show each state.
  const today = todayIn("UTC");
  const organizerId = ids["organizer@epoch.dev"]!;
  const bootcampMilestones = [
    {
      id: demoId("cohort-milestone:setup"),
      title: "Set up your development environment",
      description: "Python, a notebook and Git working on your machine.",
      kind: "attested" as const,
      criteria: {},
      dueOn: addDaysTo(today, -21),
    },
    {
      id: demoId("cohort-milestone:model-card"),
      title: "Write a model card for your project",
      description: "What it does, the data, how it was evaluated, where it fails.",
      kind: "attested" as const,
      criteria: {},
      dueOn: addDaysTo(today, -3),
    },
    {
      id: demoId("cohort-milestone:hours"),
      title: "Log 60 hours this term",
      description: null,
      kind: "hours" as const,
      criteria: { hours: 60, from: addDaysTo(today, -60) },
      dueOn: addDaysTo(today, 30),
    },
    {
      id: demoId("cohort-milestone:project"),
      title: "Ship a project",
      description: null,
      kind: "project" as const,
      criteria: { count: 1 },
      dueOn: addDaysTo(today, 45),
    },
  ];
  await db
    .insert(cohortMilestones)
    .values(bootcampMilestones.map((m) => ({ ...m, cohortId, createdBy: organizerId })))
    .onConflictDoNothing();
  await db
    .insert(cohortMilestoneAttestations)
    .values({ userId: ids["learner@epoch.dev"]!, cohortMilestoneId: bootcampMilestones[0]!.id })
    .onConflictDoNothing();

  // Grace coaches Ada; Ada has asked her to review the shipped churn project.
  const coachId = ids["coach@epoch.dev"]!;
  const learnerId = ids["learner@epoch.dev"]!;
  await db
    .insert(coachingLinks)
    .values({ id: demoId("link:grace-ada"), coachId, menteeId: learnerId })
    .onConflictDoNothing();
  const reviewId = demoId("review:churn");
  await db
    .insert(reviews)
    .values({
      id: reviewId,
      userId: learnerId,
      coachId,
      subjectType: "project",
      subjectId: demoId("project:churn"),
    })
    .onConflictDoNothing();
  await db
    .insert(reviewMessages)
    .values({
      id: demoId("review:churn:request"),
      userId: learnerId,
      reviewId,
      authorId: learnerId,
      kind: "request",
      body: "Could you check the model card and the evaluation section?",
    })
    .onConflictDoNothing();
  // What Grace's bell shows for it, as requesting a review through the app does.
  await db
    .insert(notifications)
    .values({
      id: demoId("notification:review:churn"),
      userId: coachId,
      kind: "review_requested",
      title: "Ada Learner asks you to review “Customer churn prediction”",
      link: `/coaching#review-${reviewId}`,
      subjectType: "review",
      subjectId: reviewId,
    })
    .onConflictDoNothing();

  // A note and two resource links on Ada's next step (the dashboard counts them), one of the
  // links shared with Grace, who sees it in the mentee view.
  const learner = DEMO_ACCOUNTS[0].profile;
  const progress = await progressOf(learnerId, learner.timezone, learner.targetTrack);
  const next =
    progress.nextSteps[0]?.id ?? MILESTONES.find((m) => m.track === learner.targetTrack)!.id;
  await db
    .insert(notes)
    .values({
      userId: learnerId,
      subjectType: "milestone",
      subjectId: next,
      body: "Plan: one evening a week on this.\n\nStart with the course notes at https://madewithml.com and ask Grace about the evaluation part.",
    })
    .onConflictDoNothing();
  await db
    .insert(resources)
    .values([
      {
        id: demoId("resource:made-with-ml"),
        userId: learnerId,
        subjectType: "milestone",
        subjectId: next,
        title: "Made With ML: MLOps course",
        url: "https://madewithml.com/",
        sharedWithCoach: true,
      },
      {
        id: demoId("resource:pytorch-tutorials"),
        userId: learnerId,
        subjectType: "skill",
        subjectId: "pytorch",
        title: "PyTorch tutorials",
        url: "https://pytorch.org/tutorials/",
        done: true,
      },
    ])
    .onConflictDoNothing();
  await seedDemoBadge(learnerId);
}

/**
 * Ada's tier-1 badge, issued as a claim would issue it (re-runnable: a claimed badge is answered
 * as it is). Badges link to APP_ORIGIN, else the development server's address.
 */
async function seedDemoBadge(learnerId: string) {
  const { created } = await issueBadge(
    learnerId,
    { tier: 1 },
    env().APP_ORIGIN ?? "http://localhost:3000",
  );
  if (created) console.log("Issued Ada's tier-1 badge.");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The demo badge is signed with a key encrypted by the server's secret: run bare (not through
  // `npm run db:seed`), the seed takes the development one, as `npm run dev` would.
  if (!process.env.AUTH_SECRET && !process.env.BADGE_SIGNING_KEY)
    process.env.AUTH_SECRET = developmentAuthSecret();
  seed()
    .then(() => console.log(`Demo data ready: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}.`))
    .catch((error: unknown) => {
      console.error("Seeding failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
