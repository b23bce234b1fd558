/**
 * An example request body (when the operation takes one) and an example success answer for each
 * operation, by operationId. They are emitted into the OpenAPI document as media-type `example`s
 * (and so into docs/API.md), and lib/api/examples.test.ts validates each one against the schema
 * it is attached to, so they cannot drift from what the server accepts and answers.
 */
export type OperationExample = { request?: unknown; response?: unknown };

// Ids and times shared by the examples, so that related examples name the same things.
const USER = "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41";
const COACH = "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64";
const PEER = "4a6d8f1b-2c3e-4f5a-9b7c-6e8d0a2c4f13";
const RECORD = "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59";
const MILESTONE = "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28";
const PYTHON_MILESTONE = "8c2e4a6f-0b1d-4c3e-a5f7-1b3d5f7a9c26";
const QUEUED_REVIEW = "e7a9c1b3-5d6f-4a8b-9c0d-3e5f7a9b1c48";
const INVITATION = "b3f5a7c9-1d2e-4f6a-8b0c-2d4e6f8a0b17";
const NEXT_PAGE = "eyJhdCI6IjIwMjYtMDMtMTRUMDk6MzA6MDAuMDAwWiJ9";
const ITEM = "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62";
const CREATED = "2026-03-14T09:30:00.000Z";
const UPDATED = "2026-03-15T18:05:12.000Z";
const WEBHOOK_EVENTS = ["tier.reached", "badge.issued"];
const BADGE_URL = "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90";

const stamps = { id: RECORD, createdAt: CREATED, updatedAt: UPDATED };
const unverified = { verified: false, verifiedBy: null, verifiedAt: null };

/** One record of each kind: the body that creates it and the record the API answers. */
const RECORD_SAMPLES: Record<string, { create: Record<string, unknown>; extra?: object }> = {
  Activities: {
    create: {
      id: RECORD,
      date: "2026-03-14",
      minutes: 90,
      kind: "course",
      title: "Fast.ai lesson 3: neural network foundations",
      path: "online",
      skills: ["python", "pytorch"],
      notes: "Finished the notebook; the SGD section is worth a second pass.",
      url: "https://course.fast.ai/Lessons/lesson3.html",
    },
  },
  Certifications: {
    create: {
      id: RECORD,
      name: "AWS Certified Machine Learning – Specialty",
      issuer: "Amazon Web Services",
      status: "earned",
      issuedOn: "2026-02-20",
      expiresOn: "2029-02-20",
      credentialId: "AWS-MLS-123456",
      credentialUrl: "https://www.credly.com/badges/0000-example",
      skills: ["aws"],
    },
    extra: { ...unverified, expired: false, expiringSoon: false },
  },
  Projects: {
    create: {
      id: RECORD,
      title: "Drift monitor for a churn model",
      summary: "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
      repoUrl: "https://github.com/example/drift-monitor",
      demoUrl: null,
      status: "shipped",
      openSource: true,
      track: "mlops",
      skills: ["python", "sql"],
    },
    extra: unverified,
  },
  Papers: {
    create: {
      id: RECORD,
      title: "Attention Is All You Need",
      url: "https://arxiv.org/abs/1706.03762",
      status: "read",
      readOn: "2026-03-10",
      topic: null,
      notes: "Multi-head attention; positional encodings.",
    },
  },
  Events: {
    create: {
      id: RECORD,
      title: "MLOps Community meetup, Berlin",
      kind: "meetup",
      date: "2026-03-05",
      url: "https://mlops.community/",
      notes: null,
    },
  },
};

function recordExamples(): Record<string, OperationExample> {
  const out: Record<string, OperationExample> = {};
  for (const [kind, { create, extra }] of Object.entries(RECORD_SAMPLES)) {
    const fields = Object.fromEntries(Object.entries(create).filter(([k]) => k !== "id"));
    const record = { ...fields, ...stamps, ...extra };
    out[`list${kind}`] = { response: { items: [record], nextCursor: null } };
    out[`create${kind}`] = { request: create, response: record };
    out[`get${kind}`] = { response: record };
    const [field, value] = Object.entries(fields).find(([k]) => k === "title" || k === "name")!;
    out[`update${kind}`] = {
      request: { [field]: `${value as string} (revised)` },
      response: { ...record, [field]: `${value as string} (revised)` },
    };
    out[`remove${kind}`] = {};
  }
  return out;
}

const profile = {
  headline: "Data analyst on the way to ML engineering",
  targetTrack: "mlops",
  targetDate: "2026-12-31",
  weeklyHoursGoal: 6,
  timezone: "Europe/Berlin",
  publicProfile: true,
  slug: "ada-l",
};
const me = { id: USER, name: "Ada Lovelace", email: "ada@example.com", profile };

const tier1 = { number: 1, name: "Foundations" };
const tier2 = { number: 2, name: "Practitioner" };
const progress = {
  tier: tier1,
  nextTier: tier2,
  track: "mlops",
  milestones: [
    {
      id: MILESTONE,
      tier: 2,
      track: null,
      title: "Log 100 hours of study",
      kind: "hours",
      met: false,
      attested: false,
      verified: false,
      progress: { current: 42.5, target: 100 },
    },
  ],
};

const cohortMilestone = {
  id: MILESTONE,
  title: "Ship a model behind an API",
  description: "Any model, any framework; a public URL we can call.",
  kind: "project",
  criteria: { count: 1 },
  dueOn: "2026-06-30",
};

const webhook = {
  id: ITEM,
  url: "https://hooks.example.com/epoch",
  events: WEBHOOK_EVENTS,
  active: true,
  disabledAt: null,
  failingSince: null,
  createdAt: CREATED,
};
const webhookCreate = { url: "https://hooks.example.com/epoch", events: WEBHOOK_EVENTS };
const deliveries = {
  items: [
    {
      id: RECORD,
      event: "tier.reached",
      attempt: 1,
      status: "succeeded",
      responseCode: 200,
      error: null,
      at: UPDATED,
    },
  ],
  nextCursor: null,
};

const resource = {
  id: ITEM,
  subjectType: "skill",
  subjectId: "pytorch",
  title: "PyTorch: Learn the Basics",
  url: "https://pytorch.org/tutorials/beginner/basics/intro.html",
  done: false,
  sharedWithCoach: true,
  createdAt: CREATED,
  updatedAt: UPDATED,
};

const credential = {
  "@context": [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
  ],
  id: BADGE_URL,
  type: ["VerifiableCredential", "OpenBadgeCredential"],
  issuer: {
    id: "https://epoch.example.com/api/v1/badges/issuer",
    type: ["Profile"],
    name: "Epoch",
  },
  validFrom: CREATED,
  credentialSubject: {
    type: ["AchievementSubject"],
    achievement: { type: ["Achievement"], name: "Epoch tier 2: Practitioner" },
  },
};
const JWT = "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl";
const jwk = {
  kty: "OKP",
  crv: "Ed25519",
  x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
  kid: "k1",
};

const cohort = {
  slug: "spring-2026-ml-cohort",
  name: "Spring 2026 ML cohort",
  description: "Twelve weeks from foundations to a deployed model.",
  startsOn: "2026-04-01",
  endsOn: "2026-07-15",
};

const review = {
  id: ITEM,
  userId: USER,
  coachId: COACH,
  learnerName: "Ada Lovelace",
  subjectType: "project",
  subjectId: RECORD,
  status: "changes_requested",
  requestedAt: CREATED,
  decidedAt: UPDATED,
  subjectTitle: "Drift monitor for a churn model",
  subject: {
    title: "Drift monitor for a churn model",
    url: "https://github.com/example/drift-monitor",
    demoUrl: null,
    status: "shipped",
    issuer: null,
    milestone: null,
  },
  thread: [
    {
      reviewId: ITEM,
      authorId: USER,
      kind: "request",
      body: "Is the drift threshold sensible?",
      createdAt: CREATED,
    },
    {
      reviewId: ITEM,
      authorId: COACH,
      kind: "request_changes",
      body: "PSI 0.2 will alert too late for weekly data; try 0.1 and add a test for it.",
      createdAt: UPDATED,
    },
  ],
};

const EXAMPLES: Record<string, OperationExample> = {
  ...recordExamples(),
  health: { response: { ok: true, db: "up" } },
  openapi: {
    response: {
      openapi: "3.1.0",
      info: { title: "Epoch API", version: "1" },
      paths: {
        "/api/v1/health": {
          get: { operationId: "health", summary: "Liveness and database reachability" },
        },
      },
    },
  },
  register: {
    request: {
      name: "Ada Lovelace",
      email: "ada@example.com",
      password: "correct horse battery",
      timezone: "Europe/Berlin",
    },
    response: { user: { id: USER, name: "Ada Lovelace", email: "ada@example.com" } },
  },
  createToken: {
    request: { email: "ada@example.com", password: "correct horse battery", name: "CI sync" },
    response: {
      id: ITEM,
      name: "CI sync",
      token: "epoch_q7Jx0W2mB9vYt4LcR8sNfK1pZ3aHdE6uG5iO0lT2wXy",
    },
  },
  listTokens: {
    response: {
      items: [{ id: ITEM, name: "CI sync", createdAt: CREATED, lastUsedAt: UPDATED }],
      nextCursor: null,
    },
  },
  revokeToken: {},
  getMe: { response: me },
  updateMe: {
    request: { weeklyHoursGoal: 8, targetTrack: "mlops" },
    response: { ...me, profile: { ...profile, weeklyHoursGoal: 8 } },
  },
  deleteMe: { request: { password: "correct horse battery" } },
  changePassword: {
    request: { currentPassword: "correct horse battery", newPassword: "a longer passphrase 2026" },
  },
  requestPasswordReset: {
    request: { email: "ada@example.com" },
    response: { message: "If that email has an account, a reset link is on its way." },
  },
  confirmPasswordReset: {
    request: { token: "d1f0c7a9b3e24a6f8c5d", password: "a longer passphrase 2026" },
  },
  listIdentities: {
    response: {
      items: [{ provider: "github", email: "ada@example.com", linkedAt: CREATED }],
      nextCursor: null,
      hasPassword: true,
    },
  },
  unlinkIdentity: {},
  roadmap: {
    response: {
      tiers: [
        {
          number: 1,
          name: "Foundations",
          context: "Programming, mathematics and data basics.",
          milestones: [
            {
              id: MILESTONE,
              tier: 1,
              track: null,
              title: "Python at level 2",
              kind: "skill",
              criteria: { skill: "python", level: 2 },
            },
          ],
        },
      ],
      tracks: [
        {
          slug: "mlops",
          name: "MLOps",
          summary: "Deploying, monitoring and maintaining models in production.",
          milestones: [],
        },
      ],
      skillAreas: [
        { slug: "programming", name: "Programming", skills: [{ slug: "python", name: "Python" }] },
      ],
    },
  },
  getProgress: { response: progress },
  getPlan: {
    response: {
      track: "mlops",
      steps: [
        {
          milestoneId: MILESTONE,
          title: "Log 100 hours of study",
          remaining: { current: 42.5, target: 100, unit: "hours" },
          estimateHours: 57.5,
        },
      ],
      onTrack: true,
      projectedDate: "2026-11-02",
    },
  },
  setAttestation: {
    request: { attested: true, note: "Presented it at the team demo." },
    response: { milestoneId: MILESTONE, attested: true },
  },
  publicProfile: {
    response: {
      name: "Ada Lovelace",
      headline: profile.headline,
      slug: "ada-l",
      tier: tier1,
      track: "mlops",
      verifiedMilestones: [{ id: MILESTONE, title: "Python at level 2", tier: 1, track: null }],
      shippedProjects: [
        {
          title: "Drift monitor for a churn model",
          summary: "Weekly data-drift report with Evidently.",
          repoUrl: "https://github.com/example/drift-monitor",
          demoUrl: null,
          openSource: true,
          track: "mlops",
          verified: true,
        },
      ],
      earnedCertifications: [],
    },
  },
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
  importCohortInvitations: {
    request: { emails: ["grace@example.com", "alan@example.com", "not-an-email"] },
    response: {
      invited: ["grace@example.com"],
      already: ["alan@example.com"],
      invalid: [{ row: 3, email: "not-an-email", reason: "is not an email address" }],
    },
  },
  listCohortInvitations: {
    response: {
      items: [
        {
          email: "grace@example.com",
          name: null,
          status: "invited",
          invitedAt: CREATED,
          joinedAt: null,
          link: "https://epoch.example.com/cohorts/join?token=3c1e9a7f5b2d4e8a",
        },
      ],
      nextCursor: null,
    },
  },
  listCohortMilestones: {
    response: {
      items: [{ ...cohortMilestone, completion: { met: false, attested: false } }],
      nextCursor: null,
    },
  },
  createCohortMilestone: {
    request: {
      title: cohortMilestone.title,
      description: cohortMilestone.description,
      kind: "project",
      criteria: { count: 1 },
      dueOn: "2026-06-30",
    },
    response: { ...cohortMilestone, completion: { done: 0, of: 12 } },
  },
  updateCohortMilestone: {
    request: { dueOn: "2026-07-15" },
    response: { ...cohortMilestone, dueOn: "2026-07-15" },
  },
  deleteCohortMilestone: {},
  setCohortMilestoneAttestation: {
    request: { attested: true },
    response: {
      ...cohortMilestone,
      kind: "attested",
      criteria: {},
      completion: { met: true, attested: true },
    },
  },
  invite: { request: { email: "grace@example.com", role: "coach" }, response: { id: ITEM } },
  listInvitations: {
    response: {
      items: [
        {
          direction: "incoming",
          id: INVITATION,
          role: "mentee",
          status: "pending",
          createdAt: CREATED,
          from: { id: COACH, name: "Grace Hopper", email: "grace@example.com" },
        },
        {
          direction: "outgoing",
          id: ITEM,
          role: "coach",
          status: "declined",
          createdAt: CREATED,
          email: "alan@example.com",
        },
      ],
      nextCursor: null,
    },
  },
  acceptInvitation: { response: { status: "accepted", coachId: COACH, menteeId: USER } },
  declineInvitation: { response: { status: "declined" } },
  listMentees: {
    response: {
      items: [
        {
          userId: USER,
          name: "Ada Lovelace",
          email: "ada@example.com",
          since: CREATED,
          headline: profile.headline,
          tier: tier1,
          lastActiveOn: "2026-03-15",
          openReviews: 1,
        },
      ],
      nextCursor: null,
    },
  },
  menteeProgress: { response: progress },
  verifyMilestone: {
    request: { verified: true, note: "Reviewed the repository together." },
    response: {
      milestoneId: MILESTONE,
      verified: true,
      verifiedBy: { id: COACH, name: "Grace Hopper" },
      verifiedAt: UPDATED,
      note: "Reviewed the repository together.",
    },
  },
  endCoaching: {},
  requestReview: {
    request: {
      subjectType: "project",
      subjectId: RECORD,
      coachId: COACH,
      note: "Is the drift threshold sensible?",
    },
    response: { id: ITEM, status: "requested" },
  },
  myReviews: { response: { items: [review], nextCursor: null } },
  replyToReview: {
    request: { message: "Lowered the threshold to 0.1; have a look.", requestAgain: true },
    response: { id: ITEM, status: "requested" },
  },
  reviewQueue: {
    response: {
      items: [
        {
          ...review,
          id: QUEUED_REVIEW,
          subjectType: "milestone",
          subjectId: MILESTONE,
          status: "requested",
          decidedAt: null,
          subjectTitle: "Log 100 hours of study",
          subject: {
            title: "Log 100 hours of study",
            url: null,
            demoUrl: null,
            status: null,
            issuer: null,
            milestone: {
              met: false,
              attested: true,
              verified: false,
              progress: { current: 42.5, target: 100 },
              attestationNote: "Most of my hours are in the study group log, not here.",
            },
          },
          thread: [
            {
              reviewId: QUEUED_REVIEW,
              authorId: USER,
              kind: "request",
              body: "Can you verify this from the study group log?",
              createdAt: CREATED,
            },
          ],
        },
      ],
      nextCursor: NEXT_PAGE,
    },
  },
  decideReview: {
    request: { decision: "approve", feedback: "Solid work: clear alerts and tests." },
    response: { id: ITEM, status: "approved" },
  },
  listNotifications: {
    response: {
      items: [
        {
          id: RECORD,
          kind: "review_decided",
          title: "Your coach asked for changes",
          link: `/coaching#review-${ITEM}`,
          subjectType: "review",
          subjectId: ITEM,
          createdAt: UPDATED,
          readAt: null,
        },
        {
          id: ITEM,
          kind: "coaching_invitation",
          title: "Grace Hopper offers to coach you",
          link: "/coaching#invitations",
          subjectType: "coaching_invitation",
          subjectId: INVITATION,
          createdAt: CREATED,
          readAt: UPDATED,
        },
      ],
      nextCursor: NEXT_PAGE,
      unread: 3,
    },
  },
  readNotifications: { request: { ids: [ITEM] } },
  listSkills: {
    response: {
      items: [
        { skill: "python", level: 3, updatedAt: UPDATED },
        { skill: "pytorch", level: 0, updatedAt: null },
      ],
      nextCursor: null,
    },
  },
  setSkill: { request: { level: 3 }, response: { skill: "python", level: 3, updatedAt: UPDATED } },
  getNote: {
    response: {
      subjectType: "skill",
      subjectId: "pytorch",
      body: "Start with the **60-minute blitz**, then the data loading tutorial.",
      updatedAt: UPDATED,
    },
  },
  putNote: {
    request: { body: "Start with the **60-minute blitz**, then the data loading tutorial." },
    response: {
      subjectType: "skill",
      subjectId: "pytorch",
      body: "Start with the **60-minute blitz**, then the data loading tutorial.",
      updatedAt: UPDATED,
    },
  },
  listResources: { response: { items: [resource], nextCursor: null } },
  createResource: {
    request: {
      id: ITEM,
      subjectType: "skill",
      subjectId: "pytorch",
      title: resource.title,
      url: resource.url,
      sharedWithCoach: true,
    },
    response: resource,
  },
  getResource: { response: resource },
  updateResource: { request: { done: true }, response: { ...resource, done: true } },
  deleteResource: {},
  menteeResources: {
    response: {
      items: [
        {
          id: ITEM,
          subjectType: "skill",
          subjectId: "pytorch",
          title: resource.title,
          url: resource.url,
          done: false,
          createdAt: CREATED,
          updatedAt: UPDATED,
        },
      ],
      nextCursor: null,
    },
  },
  exportMe: {
    response: {
      format: "epoch-export",
      version: 1,
      exportedAt: UPDATED,
      account: { name: "Ada Lovelace", email: "ada@example.com" },
      profile,
      skills: [{ skill: "python", level: 3, updatedAt: UPDATED }],
      skillHistory: [{ skill: "python", level: 3, changedAt: UPDATED }],
      activities: [{ ...RECORD_SAMPLES.Activities!.create, ...stamps }],
      certifications: [],
      projects: [{ ...RECORD_SAMPLES.Projects!.create, ...stamps }],
      papers: [],
      events: [],
      notes: [
        {
          subjectType: "skill",
          subjectId: "pytorch",
          body: "Start with the **60-minute blitz**, then the data loading tutorial.",
          createdAt: CREATED,
          updatedAt: UPDATED,
        },
      ],
      resources: [resource],
      badges: [
        {
          id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
          tier: 2,
          track: null,
          issuedAt: CREATED,
          revokedAt: null,
          jwt: JWT,
        },
      ],
    },
  },
  importMe: {
    request: {
      format: "epoch-export",
      version: 1,
      exportedAt: UPDATED,
      skills: [{ skill: "python", level: 3, updatedAt: UPDATED }],
      activities: [
        {
          id: RECORD,
          date: "2026-03-14",
          minutes: 90,
          kind: "course",
          title: "Fast.ai lesson 3: neural network foundations",
        },
      ],
    },
    response: {
      activities: 1,
      certifications: 0,
      projects: 0,
      papers: 0,
      events: 0,
      skills: 1,
      skillHistory: 0,
      notes: 0,
      resources: 0,
      message: "Added 1 activity and 1 skill level.",
    },
  },
  getCalendarFeed: {
    response: { url: "https://epoch.example.com/calendar/5b7e1c9a3f2d4e6a8c0b.ics" },
  },
  rotateCalendarFeed: {
    response: { url: "https://epoch.example.com/calendar/8d2f6a0c4e1b3a5c7e9d.ics" },
  },
  claimBadge: {
    request: { tier: 2 },
    response: { id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90", url: BADGE_URL, credential, jwt: JWT },
  },
  listMyBadges: {
    response: {
      items: [
        {
          id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
          tier: 2,
          track: null,
          issuedAt: CREATED,
          revokedAt: null,
          url: BADGE_URL,
        },
      ],
      nextCursor: null,
    },
  },
  revokeBadge: {},
  badgeIssuer: {
    response: {
      "@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      id: "https://epoch.example.com/api/v1/badges/issuer",
      type: ["Profile"],
      name: "Epoch",
      url: "https://epoch.example.com",
    },
  },
  badgeKey: { response: jwk },
  publicBadge: { response: { credential, jwt: JWT, status: "active", verified: true } },
  jwks: { response: { keys: [jwk] } },
  listMyWebhooks: { response: { items: [webhook], nextCursor: null } },
  createMyWebhook: {
    request: webhookCreate,
    response: { ...webhook, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
  },
  updateMyWebhook: { request: { active: false }, response: { ...webhook, active: false } },
  deleteMyWebhook: {},
  listMyWebhookDeliveries: { response: deliveries },
  listCohortWebhooks: { response: { items: [webhook], nextCursor: null } },
  createCohortWebhook: {
    request: {
      url: webhookCreate.url,
      events: ["cohort.member_joined", "cohort.milestone_completed"],
    },
    response: {
      ...webhook,
      events: ["cohort.member_joined", "cohort.milestone_completed"],
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    },
  },
  updateCohortWebhook: {
    request: { events: ["cohort.member_joined"] },
    response: { ...webhook, events: ["cohort.member_joined"] },
  },
  deleteCohortWebhook: {},
  listCohortWebhookDeliveries: { response: deliveries },
};

export const OPERATION_EXAMPLES: Readonly<Record<string, OperationExample>> = EXAMPLES;

type MediaType = { schema?: unknown; example?: unknown };
type DocumentOperation = {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
};

/**
 * The document with each operation's examples on its JSON request body and its success answer
 * (the first 2xx response with a JSON body). An answer without a declared body gets none.
 */
export function withExamples<D extends { paths: Record<string, Record<string, object>> }>(
  doc: D,
): D {
  for (const methods of Object.values(doc.paths)) {
    for (const operation of Object.values(methods) as DocumentOperation[]) {
      const example = EXAMPLES[operation.operationId];
      if (!example) continue;
      const requestJson = operation.requestBody?.content["application/json"];
      if (requestJson && example.request !== undefined) requestJson.example = example.request;
      const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status));
      const responseJson = success?.[1].content?.["application/json"];
      if (responseJson && example.response !== undefined) responseJson.example = example.response;
    }
  }
  return doc;
}
