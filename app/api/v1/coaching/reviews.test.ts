/**
 * Reviews: a learner asks an active coach to review a milestone, project or
 * certification; the coach works an oldest-first queue and approves (the
 * subject becomes verified) or requests changes; the learner replies. One
 * decision per review, even when two arrive at once.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { expectError, expectStatus, recordApi, type TestUser } from "../me/records-test-helpers";
import {
  api,
  askReview,
  coachingState,
  link,
  makeUserWith,
  messagesOf,
  myReviews,
  progressOf,
  queueOf,
  reviewRow,
  UUID,
} from "./coaching-test-helpers";

const projects = recordApi("projects");
const certifications = recordApi("certifications");

let learner: TestUser; // A
let coach: TestUser;
let secondCoach: TestUser; // also coaches A
let stranger: TestUser; // not A's coach; owns records of their own
let projectId: string;
let certificationId: string;
let strangerProjectId: string;
let strangerCertificationId: string;

beforeAll(async () => {
  [learner, coach, secondCoach, stranger] = await Promise.all([
    makeUserWith("learner"),
    makeUserWith("coach"),
    makeUserWith("second-coach"),
    makeUserWith("stranger"),
  ]);
  await link(coach, learner);
  await link(secondCoach, learner);
  const create = async (api: ReturnType<typeof recordApi>, user: TestUser, body: unknown) =>
    (await expectStatus<{ id: string }>(await api.create(user.token, body), 201)).id;
  [projectId, certificationId, strangerProjectId, strangerCertificationId] = await Promise.all([
    create(projects, learner, {
      title: "Fraud detector",
      status: "shipped",
      repoUrl: "https://example.com/fraud",
    }),
    create(certifications, learner, {
      name: "Cloud Practitioner",
      issuer: "AWS",
      status: "earned",
      issuedOn: "2025-01-10",
    }),
    create(projects, stranger, { title: "Someone else's", status: "shipped" }),
    create(certifications, stranger, {
      name: "Not A's",
      issuer: "GCP",
      status: "earned",
      issuedOn: "2025-01-10",
    }),
  ]);
});

/** A tier milestone the learner has not met and no coach has verified. */
async function unmetMilestone(user: TestUser, skip: string[] = []): Promise<string> {
  const m = (await progressOf(user)).milestones.find(
    (x) => x.kind === "skill" && !x.met && !x.verified && !skip.includes(x.id),
  );
  expect(m).toBeDefined();
  return m!.id;
}

describe("POST /api/v1/me/reviews", () => {
  it.each(["milestone", "project", "certification"] as const)(
    "asking an active coach about a %s: 201 {id, status: requested}, a request message and a queue entry",
    async (subjectType) => {
      const subjectId =
        subjectType === "milestone"
          ? await unmetMilestone(learner)
          : subjectType === "project"
            ? projectId
            : certificationId;
      const res = await api.requestReview(learner.token, {
        subjectType,
        subjectId,
        coachId: coach.id,
        note: "  please check  ",
      });
      const body = await expectStatus<Record<string, unknown>>(res, 201);
      expect(Object.keys(body).sort()).toEqual(["id", "status"]);
      expect(body.id).toMatch(UUID);
      expect(body.status).toBe("requested");
      const id = body.id as string;
      expect(await reviewRow(id)).toMatchObject({
        userId: learner.id,
        coachId: coach.id,
        subjectType,
        subjectId,
        status: "requested",
      });
      const messages = await messagesOf(id);
      expect(messages.map((m) => [m.kind, m.authorId, m.body])).toEqual([
        ["request", learner.id, "please check"],
      ]);
      expect((await queueOf(coach)).find((r) => r.id === id)).toMatchObject({
        subjectType,
        subjectId,
        userId: learner.id,
      });
      expect((await queueOf(secondCoach)).map((r) => r.id)).not.toContain(id);
    },
  );

  it("asking someone who is not the caller's coach: 422 naming coachId, nothing stored", async () => {
    const before = await coachingState();
    for (const coachId of [stranger.id, randomUUID(), learner.id]) {
      await expectError(
        await api.requestReview(learner.token, {
          subjectType: "project",
          subjectId: projectId,
          coachId,
        }),
        422,
        "validation_failed",
        "coachId",
      );
    }
    expect(await coachingState()).toEqual(before);
  });

  it("a subject that is not the caller's, or not what subjectType says: 422 naming subjectId, nothing stored", async () => {
    const before = await coachingState();
    const cases: [string, string][] = [
      ["project", strangerProjectId],
      ["certification", strangerCertificationId],
      ["certification", projectId],
      ["project", certificationId],
      ["milestone", randomUUID()],
      ["milestone", projectId],
      ["project", randomUUID()],
    ];
    for (const [subjectType, subjectId] of cases) {
      await expectError(
        await api.requestReview(learner.token, { subjectType, subjectId, coachId: coach.id }),
        422,
        "validation_failed",
        "subjectId",
      );
    }
    expect(await coachingState()).toEqual(before);
  });
});

describe("GET /api/v1/reviews/queue", () => {
  it("lists the coach's open requests oldest first", async () => {
    const [queueCoach, a, b] = await Promise.all([
      makeUserWith("queue-coach"),
      makeUserWith("queue-a"),
      makeUserWith("queue-b"),
    ]);
    await link(queueCoach, a);
    await link(queueCoach, b);
    const pa = (
      await expectStatus<{ id: string }>(
        await projects.create(a.token, { title: "A1", status: "idea" }),
        201,
      )
    ).id;
    const pb = (
      await expectStatus<{ id: string }>(
        await projects.create(b.token, { title: "B1", status: "idea" }),
        201,
      )
    ).id;
    const ids = [
      await askReview(a, queueCoach, "project", pa, "first"),
      await askReview(b, queueCoach, "project", pb, "second"),
      await askReview(a, queueCoach, "milestone", await unmetMilestone(a), "third"),
      await askReview(b, queueCoach, "milestone", await unmetMilestone(b), "fourth"),
    ];
    const queue = await queueOf(queueCoach);
    expect(queue.map((r) => r.id)).toEqual(ids);
    expect(queue.map((r) => r.thread[0]?.body)).toEqual(["first", "second", "third", "fourth"]);
    expect(queue.every((r) => r.status === "requested" && r.coachId === queueCoach.id)).toBe(true);
    expect(queue.map((r) => r.subjectTitle)).toEqual([
      "A1",
      "B1",
      expect.any(String),
      expect.any(String),
    ]);

    // A decided review leaves the queue; the rest keep their order.
    await expectStatus(
      await api.decide(queueCoach.token, ids[1]!, { decision: "approve", feedback: "fine" }),
      200,
    );
    expect((await queueOf(queueCoach)).map((r) => r.id)).toEqual([ids[0], ids[2], ids[3]]);
  });
});

describe("POST /api/v1/reviews/{id}/decision", () => {
  it("approving a milestone verifies it: /me/progress shows verified and met", async () => {
    const milestoneId = await unmetMilestone(learner);
    const id = await askReview(learner, coach, "milestone", milestoneId);
    const beforeProgress = await progressOf(learner);
    expect(beforeProgress.milestones.find((m) => m.id === milestoneId)).toMatchObject({
      met: false,
      verified: false,
    });
    const verifiedBefore = beforeProgress.milestones.filter((m) => m.verified).map((m) => m.id);

    const res = await expectStatus(
      await api.decide(coach.token, id, {
        decision: "approve",
        feedback: "Saw it in the notebook.",
      }),
      200,
    );
    expect(res).toMatchObject({ id, status: "approved" });

    const after = await progressOf(learner);
    expect(after.milestones.find((m) => m.id === milestoneId)).toMatchObject({
      met: true,
      verified: true,
    });
    // Only that milestone became verified.
    expect(
      after.milestones
        .filter((m) => m.verified)
        .map((m) => m.id)
        .sort(),
    ).toEqual([...verifiedBefore, milestoneId].sort());
    // The coach sees it too.
    const seen = await expectStatus<typeof after>(
      await api.menteeProgress(coach.token, learner.id),
      200,
    );
    expect(seen.milestones.find((m) => m.id === milestoneId)).toMatchObject({
      met: true,
      verified: true,
    });

    const mine = (await myReviews(learner)).find((r) => r.id === id)!;
    expect(mine.status).toBe("approved");
    expect(mine.decidedAt).not.toBeNull();
    expect(mine.thread.map((m) => [m.kind, m.authorId, m.body])).toEqual([
      ["request", learner.id, null],
      ["approve", coach.id, "Saw it in the notebook."],
    ]);
  });

  it("approving a project (and a certification) marks it verified on the public profile", async () => {
    const [owner, ownerCoach] = await Promise.all([
      makeUserWith("public-owner"),
      makeUserWith("public-coach"),
    ]);
    await link(ownerCoach, owner);
    const reviewed = (
      await expectStatus<{ id: string }>(
        await projects.create(owner.token, { title: "Reviewed project", status: "shipped" }),
        201,
      )
    ).id;
    await expectStatus(
      await projects.create(owner.token, { title: "Unreviewed project", status: "shipped" }),
      201,
    );
    const cert = (
      await expectStatus<{ id: string }>(
        await certifications.create(owner.token, {
          name: "Reviewed cert",
          issuer: "Azure",
          status: "earned",
          issuedOn: "2025-03-01",
        }),
        201,
      )
    ).id;
    const slug = `coached-${owner.id.slice(0, 8)}`;
    const me = await expectStatus<{ profile: { publicProfile: boolean; slug: string } }>(
      await api.patchMe(owner.token, { publicProfile: true, slug }),
      200,
    );
    expect(me.profile).toMatchObject({ publicProfile: true, slug });

    type Profile = {
      shippedProjects: { title: string; verified: boolean }[];
      earnedCertifications: { name: string; verified: boolean }[];
    };
    const profile = async () =>
      expectStatus<Profile>(await api.publicProfile(undefined, slug), 200);
    const verifiedOf = (p: Profile) => ({
      projects: Object.fromEntries(p.shippedProjects.map((x) => [x.title, x.verified])),
      certifications: Object.fromEntries(p.earnedCertifications.map((x) => [x.name, x.verified])),
    });
    expect(verifiedOf(await profile())).toEqual({
      projects: { "Reviewed project": false, "Unreviewed project": false },
      certifications: { "Reviewed cert": false },
    });

    const projectReview = await askReview(owner, ownerCoach, "project", reviewed);
    const certReview = await askReview(owner, ownerCoach, "certification", cert);
    // Not yet: a request alone verifies nothing.
    expect(verifiedOf(await profile()).projects["Reviewed project"]).toBe(false);
    await expectStatus(
      await api.decide(ownerCoach.token, projectReview, {
        decision: "approve",
        feedback: "Shipped and solid.",
      }),
      200,
    );
    await expectStatus(
      await api.decide(ownerCoach.token, certReview, {
        decision: "approve",
        feedback: "Credential checked.",
      }),
      200,
    );

    expect(verifiedOf(await profile())).toEqual({
      projects: { "Reviewed project": true, "Unreviewed project": false },
      certifications: { "Reviewed cert": true },
    });
  });

  it("request_changes with feedback, then the learner's reply asks again; the thread holds all three in order", async () => {
    const id = await askReview(learner, coach, "project", projectId, "Ready for a look");
    const decided = await expectStatus(
      await api.decide(coach.token, id, {
        decision: "request_changes",
        feedback: "Add a README with results.",
      }),
      200,
    );
    expect(decided).toMatchObject({ id, status: "changes_requested" });
    expect((await reviewRow(id))?.status).toBe("changes_requested");
    expect((await queueOf(coach)).map((r) => r.id)).not.toContain(id);
    // Changes requested verifies nothing.
    expect((await myReviews(learner)).find((r) => r.id === id)?.status).toBe("changes_requested");

    const replied = await expectStatus(
      await api.reply(learner.token, id, { message: "README added." }),
      200,
    );
    expect(replied).toMatchObject({ id, status: "requested" });
    expect((await queueOf(coach)).map((r) => r.id)).toContain(id);

    const mine = (await myReviews(learner)).find((r) => r.id === id)!;
    expect(mine.status).toBe("requested");
    expect(mine.thread.map((m) => [m.kind, m.authorId, m.body])).toEqual([
      ["request", learner.id, "Ready for a look"],
      ["request_changes", coach.id, "Add a README with results."],
      ["reply", learner.id, "README added."],
    ]);
  });

  it("a reply with requestAgain false keeps changes_requested", async () => {
    const id = await askReview(learner, coach, "certification", certificationId);
    await expectStatus(
      await api.decide(coach.token, id, {
        decision: "request_changes",
        feedback: "Link the credential.",
      }),
      200,
    );
    const replied = await expectStatus(
      await api.reply(learner.token, id, { message: "Working on it", requestAgain: false }),
      200,
    );
    expect(replied).toMatchObject({ id, status: "changes_requested" });
    expect((await queueOf(coach)).map((r) => r.id)).not.toContain(id);
  });

  it("deciding an already decided review: 409, and nothing changes", async () => {
    const approvedId = await askReview(learner, coach, "project", projectId);
    await expectStatus(
      await api.decide(coach.token, approvedId, { decision: "approve", feedback: "ok" }),
      200,
    );
    const changesId = await askReview(learner, coach, "project", projectId);
    await expectStatus(
      await api.decide(coach.token, changesId, { decision: "request_changes", feedback: "more" }),
      200,
    );

    const before = await coachingState();
    for (const id of [approvedId, changesId]) {
      await expectError(
        await api.decide(coach.token, id, { decision: "approve", feedback: "again" }),
        409,
        "conflict",
      );
      await expectError(
        await api.decide(coach.token, id, { decision: "request_changes", feedback: "again" }),
        409,
        "conflict",
      );
    }
    expect(await coachingState()).toEqual(before);
  });

  it("only the review's own coach decides it: another active coach of the learner gets 404", async () => {
    const id = await askReview(learner, coach, "project", projectId);
    const before = await coachingState();
    await expectError(
      await api.decide(secondCoach.token, id, { decision: "approve", feedback: "I'd approve" }),
      404,
      "not_found",
    );
    expect(await coachingState()).toEqual(before);
    await expectError(
      await api.decide(coach.token, randomUUID(), { decision: "approve", feedback: "?" }),
      404,
      "not_found",
    );
  });

  it("two decisions at once on one review record exactly one (one 200, one 409, one decision message)", async () => {
    for (let round = 0; round < 5; round++) {
      const id = await askReview(learner, coach, "project", projectId, `round ${round}`);
      const [first, second] = await Promise.all([
        api.decide(coach.token, id, { decision: "approve", feedback: `approve ${round}` }),
        api.decide(coach.token, id, { decision: "request_changes", feedback: `changes ${round}` }),
      ]);
      const statuses = [first.status, second.status];
      expect(statuses.sort()).toEqual([200, 409]);
      const winner = first.status === 200 ? "approve" : "request_changes";
      const decisions = (await messagesOf(id)).filter((m) => m.kind !== "request");
      expect(decisions).toHaveLength(1);
      expect(decisions[0]!.kind).toBe(winner);
      expect((await reviewRow(id))?.status).toBe(
        winner === "approve" ? "approved" : "changes_requested",
      );
    }
  });
});
