/**
 * The policy's coaching rules (lib/policy.ts), tried as every role: the active coach of mentee A,
 * a coach of someone else, the coach of an ended link, A themself, and an
 * anonymous caller. Everything not granted answers 404 (401 without
 * credentials), and a refused request changes nothing.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  expectError,
  expectStatus,
  recordApi,
  rowOf,
  type TestUser,
} from "../me/records-test-helpers";
import {
  api,
  askReview,
  coachingState,
  link,
  makeUserWith,
  messagesOf,
  progressOf,
  queueOf,
  reviewRow,
  type Mentee,
  type Progress,
} from "./coaching-test-helpers";

const projects = recordApi("projects");

let mentee: TestUser; // A
let coach: TestUser; // A's active coach
let otherCoach: TestUser; // coaches B, not A
let otherMentee: TestUser; // B
let endedCoach: TestUser; // coached A; the link is ended
let projectId: string; // A's project
let reviewId: string; // A asks `coach`
let endedReviewId: string; // A asked `endedCoach` before the link ended

beforeAll(async () => {
  [mentee, coach, otherCoach, otherMentee, endedCoach] = await Promise.all([
    makeUserWith("mentee-a"),
    makeUserWith("coach"),
    makeUserWith("other-coach"),
    makeUserWith("mentee-b"),
    makeUserWith("ended-coach"),
  ]);
  await link(coach, mentee);
  await link(otherCoach, otherMentee);
  await link(endedCoach, mentee);
  const project = await expectStatus<{ id: string }>(
    await projects.create(mentee.token, {
      title: "Churn model",
      status: "shipped",
      repoUrl: "https://example.com/churn",
    }),
    201,
  );
  projectId = project.id;
  reviewId = await askReview(mentee, coach, "project", projectId, "please look");
  endedReviewId = await askReview(mentee, endedCoach, "project", projectId, "and you too");
  expect((await api.endLink(mentee.token, endedCoach.id, mentee.id)).status).toBe(204);
});

const menteeIds = async (user: TestUser) =>
  (await expectStatus<{ items: Mentee[] }>(await api.mentees(user.token), 200)).items.map(
    (m) => m.userId,
  );

describe("anonymous callers get 401 from every coaching endpoint", () => {
  const id = randomUUID();
  const cases: [string, () => Promise<Response>][] = [
    [
      "POST /coaching/invitations",
      () => api.invite(undefined, { email: "someone@example.com", role: "mentee" }),
    ],
    ["GET /coaching/invitations", () => api.invitations(undefined)],
    ["POST /coaching/invitations/{id}/accept", () => api.accept(undefined, id)],
    ["POST /coaching/invitations/{id}/decline", () => api.decline(undefined, id)],
    ["GET /mentees", () => api.mentees(undefined)],
    ["GET /mentees/{A}/progress", () => api.menteeProgress(undefined, mentee.id)],
    ["DELETE /coaching/{coach}/{A}", () => api.endLink(undefined, coach.id, mentee.id)],
    [
      "POST /me/reviews",
      () =>
        api.requestReview(undefined, {
          subjectType: "project",
          subjectId: projectId,
          coachId: coach.id,
        }),
    ],
    ["GET /me/reviews", () => api.myReviews(undefined)],
    ["POST /me/reviews/{id}/reply", () => api.reply(undefined, reviewId, { message: "hi" })],
    ["GET /reviews/queue", () => api.queue(undefined)],
    [
      "POST /reviews/{id}/decision",
      () => api.decide(undefined, reviewId, { decision: "approve", feedback: "ok" }),
    ],
    ["GET /me/notifications", () => api.notifications(undefined)],
    ["POST /me/notifications/read", () => api.readNotifications(undefined, {})],
  ];
  it.each(cases)("%s", async (_name, call) => {
    const before = await coachingState();
    await expectError(await call(), 401, "unauthorized");
    expect(await coachingState()).toEqual(before);
  });

  it("a revoked or made-up bearer token is 401 too", async () => {
    await expectError(
      await api.menteeProgress("epoch_not-a-real-token", mentee.id),
      401,
      "unauthorized",
    );
    await expectError(await api.queue("epoch_not-a-real-token"), 401, "unauthorized");
  });
});

describe("GET /api/v1/mentees/{A}/progress", () => {
  it("the active coach: 200, the same answer A gets from /me/progress", async () => {
    const own = await progressOf(mentee);
    const seen = await expectStatus<Progress>(
      await api.menteeProgress(coach.token, mentee.id),
      200,
    );
    expect(Object.keys(seen).sort()).toEqual(["milestones", "nextTier", "tier", "track"]);
    expect(seen.milestones.length).toBeGreaterThan(0);
    expect(seen).toEqual(own);
  });

  it("a coach of someone else: 404", async () => {
    await expectError(await api.menteeProgress(otherCoach.token, mentee.id), 404, "not_found");
    // …while their own mentee answers 200, so the 404 is about A.
    await expectStatus(await api.menteeProgress(otherCoach.token, otherMentee.id), 200);
  });

  it("the coach of an ended link: 404", async () => {
    await expectError(await api.menteeProgress(endedCoach.token, mentee.id), 404, "not_found");
  });

  it("A themself (not their own coach): 404", async () => {
    await expectError(await api.menteeProgress(mentee.token, mentee.id), 404, "not_found");
  });

  it("a user id that is nobody: 404", async () => {
    await expectError(await api.menteeProgress(coach.token, randomUUID()), 404, "not_found");
  });
});

describe("GET /api/v1/mentees", () => {
  it("lists only the caller's active mentees", async () => {
    expect(await menteeIds(coach)).toEqual([mentee.id]);
    expect(await menteeIds(otherCoach)).toEqual([otherMentee.id]);
    expect(await menteeIds(endedCoach)).toEqual([]);
    expect(await menteeIds(mentee)).toEqual([]);
  });
});

describe("GET /api/v1/reviews/queue", () => {
  it("holds A's request for A's active coach only", async () => {
    expect((await queueOf(coach)).map((r) => r.id)).toEqual([reviewId]);
    expect(await queueOf(otherCoach)).toEqual([]);
    // The review A asked of the ended coach left that coach's queue.
    expect(await queueOf(endedCoach)).toEqual([]);
    expect(await queueOf(mentee)).toEqual([]);
  });
});

describe("GET /api/v1/me/reviews", () => {
  it("lists the caller's own requests as learner, not the ones they coach", async () => {
    const own = await expectStatus<{ items: { id: string }[] }>(
      await api.myReviews(mentee.token),
      200,
    );
    expect(own.items.map((r) => r.id).sort()).toEqual([reviewId, endedReviewId].sort());
    for (const user of [coach, otherCoach, endedCoach]) {
      expect(
        (await expectStatus<{ items: unknown[] }>(await api.myReviews(user.token), 200)).items,
      ).toEqual([]);
    }
  });
});

describe("POST /api/v1/reviews/{id}/decision", () => {
  it("a coach of someone else, the ended coach and A themself get 404; nothing changes; the active coach 200", async () => {
    const decisionReview = await askReview(mentee, coach, "project", projectId, "decide me");
    const before = await coachingState();
    const body = { decision: "approve", feedback: "looks good" };
    await expectError(await api.decide(otherCoach.token, decisionReview, body), 404, "not_found");
    await expectError(await api.decide(endedCoach.token, decisionReview, body), 404, "not_found");
    // Their own review, asked before the link ended, is no longer theirs to decide.
    await expectError(await api.decide(endedCoach.token, endedReviewId, body), 404, "not_found");
    // A deciding their own review.
    await expectError(await api.decide(mentee.token, decisionReview, body), 404, "not_found");
    await expectError(
      await api.decide(mentee.token, decisionReview, {
        decision: "request_changes",
        feedback: "self",
      }),
      404,
      "not_found",
    );
    expect(await coachingState()).toEqual(before);
    expect((await reviewRow(decisionReview))?.status).toBe("requested");
    expect((await reviewRow(endedReviewId))?.status).toBe("requested");

    expect(
      await expectStatus(await api.decide(coach.token, decisionReview, body), 200),
    ).toMatchObject({
      id: decisionReview,
      status: "approved",
    });
  });
});

describe("POST /api/v1/me/reviews/{id}/reply", () => {
  it("only the learner replies: coaches (active, other, ended) get 404 and nothing changes", async () => {
    const before = await coachingState();
    for (const user of [coach, otherCoach, endedCoach]) {
      await expectError(
        await api.reply(user.token, reviewId, { message: "not mine to answer" }),
        404,
        "not_found",
      );
    }
    expect(await coachingState()).toEqual(before);
    expect((await messagesOf(reviewId)).map((m) => m.kind)).toEqual(["request"]);
  });
});

describe("POST /api/v1/me/reviews", () => {
  it("asking a coach of someone else or an ended coach: 422 naming coachId, nothing stored", async () => {
    const before = await coachingState();
    for (const who of [otherCoach, endedCoach]) {
      await expectError(
        await api.requestReview(mentee.token, {
          subjectType: "project",
          subjectId: projectId,
          coachId: who.id,
        }),
        422,
        "validation_failed",
        "coachId",
      );
    }
    expect(await coachingState()).toEqual(before);
  });
});

describe("DELETE /api/v1/coaching/{coachId}/{menteeId}", () => {
  it("a coach of someone else and an ended coach cannot end A's active link: 404, link stays", async () => {
    const before = await coachingState();
    await expectError(await api.endLink(otherCoach.token, coach.id, mentee.id), 404, "not_found");
    await expectError(await api.endLink(endedCoach.token, coach.id, mentee.id), 404, "not_found");
    await expectError(
      await api.endLink(endedCoach.token, endedCoach.id, mentee.id),
      404,
      "not_found",
    );
    expect(await coachingState()).toEqual(before);
    await expectStatus(await api.menteeProgress(coach.token, mentee.id), 200);
  });
});

describe("a coach cannot change a mentee's records", () => {
  it("PATCH and DELETE /me/projects/{A's project} with the coach's token: 404 and the row is unchanged", async () => {
    const before = await rowOf("projects", projectId);
    expect(before).toBeDefined();
    await expectError(
      await projects.patch(coach.token, projectId, { title: "Coach was here" }),
      404,
      "not_found",
    );
    await expectError(await projects.remove(coach.token, projectId), 404, "not_found");
    await expectError(await projects.get(coach.token, projectId), 404, "not_found");
    expect(await rowOf("projects", projectId)).toEqual(before);
  });
});

describe("ending a link ends the coach's access at once", () => {
  it.each([
    ["the mentee", false],
    ["the coach", true],
  ])(
    "ended by %s: the next request answers 404 and A's open reviews leave the queue",
    async (_who, byCoach) => {
      const [learner, leaving, staying] = await Promise.all([
        makeUserWith("leaving-mentee"),
        makeUserWith("leaving-coach"),
        makeUserWith("staying-mentee"),
      ]);
      await link(leaving, learner);
      // The coach keeps another mentee, whose open review stays in the queue.
      await link(leaving, staying);
      const project = await expectStatus<{ id: string }>(
        await projects.create(learner.token, { title: "Demo", status: "building" }),
        201,
      );
      const open = await askReview(learner, leaving, "project", project.id);
      const stayingProject = await expectStatus<{ id: string }>(
        await projects.create(staying.token, { title: "Kept", status: "idea" }),
        201,
      );
      const kept = await askReview(staying, leaving, "project", stayingProject.id);
      await expectStatus(await api.menteeProgress(leaving.token, learner.id), 200);
      expect((await queueOf(leaving)).map((r) => r.id)).toEqual([open, kept]);
      expect((await menteeIds(leaving)).sort()).toEqual([learner.id, staying.id].sort());

      const ender = byCoach ? leaving : learner;
      expect((await api.endLink(ender.token, leaving.id, learner.id)).status).toBe(204);

      await expectError(await api.menteeProgress(leaving.token, learner.id), 404, "not_found");
      expect((await queueOf(leaving)).map((r) => r.id)).toEqual([kept]);
      expect(await menteeIds(leaving)).toEqual([staying.id]);
      await expectStatus(await api.menteeProgress(leaving.token, staying.id), 200);
      await expectError(
        await api.decide(leaving.token, open, { decision: "approve", feedback: "late" }),
        404,
        "not_found",
      );
      expect((await reviewRow(open))?.status).toBe("requested");
    },
  );
});
