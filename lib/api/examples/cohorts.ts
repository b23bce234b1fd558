import { tier1, tier2 } from "./roadmap";
import { type OperationExample, USER, COACH, PEER, MILESTONE, PYTHON_MILESTONE } from "./shared";

const cohort = {
  slug: "spring-2026-ml-cohort",
  name: "Spring 2026 ML cohort",
  description: "Twelve weeks from foundations to a deployed model.",
  startsOn: "2026-04-01",
  endsOn: "2026-07-15",
};

/** The examples of the operations in operations/cohorts.ts, by operationId. */
export const cohortExamples: Record<string, OperationExample> = {
  createCohort: {
    request: {
      name: "Spring 2026 ML cohort",
      description: "Twelve weeks from foundations to a deployed model.",
      startsOn: "2026-04-01",
      endsOn: "2026-06-30",
    },
    response: {
      slug: "spring-2026-ml-cohort",
      name: "Spring 2026 ML cohort",
      inviteCode: "K7PX-3QMA",
    },
  },
  listCohorts: {
    response: {
      items: [
        {
          slug: "spring-2026-ml-cohort",
          name: "Spring 2026 ML cohort",
          description: "Twelve weeks from foundations to a deployed model.",
          startsOn: "2026-04-01",
          endsOn: "2026-06-30",
          role: "member",
          memberCount: 14,
        },
      ],
      nextCursor: null,
    },
  },
  joinCohort: {
    request: { code: "K7PX-3QMA" },
    response: { slug: "spring-2026-ml-cohort", name: "Spring 2026 ML cohort" },
  },
  updateCohort: { request: { endsOn: "2026-07-15" }, response: cohort },
  cohortDashboard: {
    response: {
      cohort: {
        ...cohort,
        role: "organizer",
        memberCount: 14,
        learnerCount: 12,
        inviteCode: "K7PX-3QMA",
      },
      you: null,
      members: [
        {
          userId: USER,
          name: "Ada Lovelace",
          role: "member",
          tier: tier1,
          nextTier: tier2,
          nextTrack: "mlops",
          metMilestones: [PYTHON_MILESTONE],
          nextMilestone: { id: MILESTONE, title: "Log 100 hours of study" },
          hoursThisWeek: 4.5,
          hoursThisMonth: 17,
          inactive: false,
        },
        { userId: PEER, name: "Alan Turing", role: "member" },
        { userId: COACH, name: "Grace Hopper", role: "coach" },
      ],
      tierDistribution: [
        { tier: 1, name: "Foundations", count: 9 },
        { tier: 2, name: "Practitioner", count: 2 },
      ],
      notSharingProgress: 1,
      weeklyHours: [
        { weekStart: "2026-03-02", hours: 38.5 },
        { weekStart: "2026-03-09", hours: 41 },
      ],
      grid: {
        tiers: [
          {
            tier: tier1,
            track: null,
            milestones: [{ id: PYTHON_MILESTONE, title: "Python at level 2" }],
          },
          {
            tier: tier2,
            track: null,
            milestones: [{ id: MILESTONE, title: "Log 100 hours of study" }],
          },
        ],
      },
      leaderboard: [
        { userId: USER, name: "Ada Lovelace", hours: 17 },
        { userId: PEER, name: "Alan Turing", hours: 12.5 },
      ],
      stuck: [
        {
          userId: PEER,
          name: "Alan Turing",
          reason: "same_milestone",
          since: "2026-02-20",
          milestone: { id: PYTHON_MILESTONE, title: "Python at level 2" },
        },
      ],
    },
  },
  cohortCsv: {},
  updateMembership: {
    request: { leaderboard: false },
    response: { shareProgress: true, shareHours: true, leaderboard: false },
  },
  rotateInviteCode: { response: { inviteCode: "R2WD-8HNE" } },
  removeCohortMember: {},
  changeCohortMemberRole: { request: { role: "coach" }, response: { userId: USER, role: "coach" } },
};
