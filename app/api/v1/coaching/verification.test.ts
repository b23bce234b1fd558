/**
 * Verification outside the review path and what carries it:
 * - PUT /mentees/{userId}/milestones/{milestoneId}/verification (active coach only, else 404),
 *   shown by /me/progress and the coach's view of the mentee's progress, withdrawn again;
 * - projects and certifications answering verified / verifiedBy / verifiedAt in GET, list and
 *   export, and import ignoring them (a learner cannot verify their own work);
 * - notifications carrying their subject and read once the subject is acted on.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as verificationRoute from "@/app/api/v1/mentees/[userId]/milestones/[milestoneId]/verification/route";
import { GET as exportRoute } from "@/app/api/v1/me/export/route";
import { POST as importRoute } from "@/app/api/v1/me/import/route";
import { db } from "@/db/client";
import { milestoneVerifications, notifications, recordVerifications } from "@/db/schema";
import {
  expectError,
  expectStatus,
  params,
  parseCsv,
  recordApi,
  request,
  type Json,
} from "../me/records-test-helpers";
import {
  api,
  askReview,
  coachingState,
  link,
  makeUserWith,
  progressOf,
  type NamedUser,
  type Progress,
} from "./coaching-test-helpers";

const projects = recordApi("projects");
const certifications = recordApi("certifications");

const verify = (token: string | undefined, userId: string, milestoneId: string, body: unknown) =>
  verificationRoute.PUT(
    request(`/api/v1/mentees/${userId}/milestones/${milestoneId}/verification`, {
      method: "PUT",
      token,
      body,
    }),
    params({ userId, milestoneId }),
  );

type Verification = {
  milestoneId: string;
  verified: boolean;
  verifiedBy: { id: string; name: string | null } | null;
  verifiedAt: string | null;
  note: string | null;
};

const milestoneOf = (p: Progress, id: string) => p.milestones.find((m) => m.id === id)!;

async function verificationRow(userId: string, milestoneId: string) {
  const [row] = await db
    .select()
    .from(milestoneVerifications)
    .where(
      and(
        eq(milestoneVerifications.userId, userId),
        eq(milestoneVerifications.milestoneId, milestoneId),
      ),
    );
  return row;
}

async function notificationRows(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId));
}

let learner: NamedUser;
let coach: NamedUser;
let endedCoach: NamedUser;
let stranger: NamedUser;
/** A tier-1 milestone the learner has not met. */
let milestoneId: string;

beforeAll(async () => {
  [learner, coach, endedCoach, stranger] = await Promise.all([
    makeUserWith("learner"),
    makeUserWith("coach"),
    makeUserWith("ended-coach"),
    makeUserWith("stranger"),
  ]);
  await link(coach, learner);
  await link(endedCoach, learner);
  await expectStatus(await api.endLink(learner.token, endedCoach.id, learner.id), 204);
  const unmet = (await progressOf(learner)).milestones.find((m) => m.tier === 1 && !m.met);
  milestoneId = unmet!.id;
});

describe("PUT /api/v1/mentees/{userId}/milestones/{milestoneId}/verification", () => {
  it("an active coach verifies with a note: 200, the row, and progress shows it verified and met", async () => {
    expect(milestoneOf(await progressOf(learner), milestoneId)).toMatchObject({
      met: false,
      verified: false,
    });
    const body = await expectStatus<Verification>(
      await verify(coach.token, learner.id, milestoneId, { verified: true, note: "Saw it live" }),
      200,
    );
    expect(body).toMatchObject({
      milestoneId,
      verified: true,
      verifiedBy: { id: coach.id, name: coach.name },
      note: "Saw it live",
    });
    expect(Date.parse(body.verifiedAt!)).not.toBeNaN();
    expect(await verificationRow(learner.id, milestoneId)).toMatchObject({
      verifiedBy: coach.id,
      note: "Saw it live",
    });
    // The learner's own progress and the coach's view of it.
    expect(milestoneOf(await progressOf(learner), milestoneId)).toMatchObject({
      met: true,
      verified: true,
    });
    const seen = await expectStatus<Progress>(
      await api.menteeProgress(coach.token, learner.id),
      200,
    );
    expect(milestoneOf(seen, milestoneId).verified).toBe(true);
    // The learner is told, with the milestone as the subject.
    const told = (await notificationRows(learner.id)).find((n) => n.kind === "milestone_verified");
    expect(told).toMatchObject({ subjectType: "milestone", subjectId: milestoneId, readAt: null });
    expect(told!.link).toBe(`/roadmap#milestone-${milestoneId}`);
  });

  it("verifying again is idempotent and replaces the note", async () => {
    await expectStatus(
      await verify(coach.token, learner.id, milestoneId, { verified: true, note: "Second look" }),
      200,
    );
    const rows = await db
      .select()
      .from(milestoneVerifications)
      .where(eq(milestoneVerifications.userId, learner.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("Second look");
  });

  it("an ended coach, a stranger, the learner themself and anonymous are refused; nothing changes", async () => {
    const before = await coachingState();
    for (const who of [endedCoach, stranger, learner]) {
      await expectError(
        await verify(who.token, learner.id, milestoneId, { verified: false }),
        404,
        "not_found",
      );
      await expectError(
        await verify(who.token, learner.id, milestoneId, { verified: true }),
        404,
        "not_found",
      );
    }
    await expectError(
      await verify(undefined, learner.id, milestoneId, { verified: false }),
      401,
      "unauthorized",
    );
    expect(await coachingState()).toEqual(before);
    expect(milestoneOf(await progressOf(learner), milestoneId).verified).toBe(true);
  });

  it("an unknown milestone, or an id that is not a milestone, answers 404", async () => {
    await expectError(
      await verify(coach.token, learner.id, randomUUID(), { verified: true }),
      404,
      "not_found",
    );
    await expectError(
      await verify(coach.token, stranger.id, milestoneId, { verified: true }),
      404,
      "not_found",
    );
  });

  it("bad bodies answer 422 naming the field and change nothing", async () => {
    const before = await coachingState();
    await expectError(
      await verify(coach.token, learner.id, milestoneId, {}),
      422,
      "validation_failed",
      "verified",
    );
    await expectError(
      await verify(coach.token, learner.id, milestoneId, { verified: "yes" }),
      422,
      "validation_failed",
      "verified",
    );
    await expectError(
      await verify(coach.token, learner.id, milestoneId, {
        verified: true,
        note: "x".repeat(1001),
      }),
      422,
      "validation_failed",
      "note",
    );
    expect(await coachingState()).toEqual(before);
  });

  it("withdrawing removes the row; progress no longer shows it verified (nor met)", async () => {
    const body = await expectStatus<Verification>(
      await verify(coach.token, learner.id, milestoneId, { verified: false }),
      200,
    );
    expect(body).toEqual({
      milestoneId,
      verified: false,
      verifiedBy: null,
      verifiedAt: null,
      note: null,
    });
    expect(await verificationRow(learner.id, milestoneId)).toBeUndefined();
    expect(milestoneOf(await progressOf(learner), milestoneId)).toMatchObject({
      met: false,
      verified: false,
    });
    // Withdrawing what is not verified is fine too.
    await expectStatus(
      await verify(coach.token, learner.id, milestoneId, { verified: false }),
      200,
    );
  });
});

describe("projects and certifications carry their verification", () => {
  let verifiedProject: string;
  let plainProject: string;
  let verifiedCert: string;

  beforeAll(async () => {
    const create = async (r: typeof projects, body: unknown) =>
      (await expectStatus<{ id: string }>(await r.create(learner.token, body), 201)).id;
    verifiedProject = await create(projects, {
      title: "Churn model",
      status: "shipped",
      repoUrl: "https://example.com/churn",
    });
    plainProject = await create(projects, { title: "Side idea", status: "building" });
    verifiedCert = await create(certifications, {
      name: "ML Specialty",
      issuer: "AWS",
      status: "earned",
    });
    for (const [type, id] of [
      ["project", verifiedProject],
      ["certification", verifiedCert],
    ] as const) {
      const review = await askReview(learner, coach, type, id);
      await expectStatus(
        await api.decide(coach.token, review, { decision: "approve", feedback: "Good" }),
        200,
      );
    }
  });

  const expectVerified = (record: Json) => {
    expect(record.verified).toBe(true);
    expect(record.verifiedBy).toEqual({ id: coach.id, name: coach.name });
    expect(Date.parse(record.verifiedAt as string)).not.toBeNaN();
  };
  const expectUnverified = (record: Json) =>
    expect(record).toMatchObject({ verified: false, verifiedBy: null, verifiedAt: null });

  it("GET of one record", async () => {
    expectVerified(await expectStatus(await projects.get(learner.token, verifiedProject), 200));
    expectUnverified(await expectStatus(await projects.get(learner.token, plainProject), 200));
    expectVerified(await expectStatus(await certifications.get(learner.token, verifiedCert), 200));
  });

  it("the list", async () => {
    const list = await expectStatus<{ items: Json[] }>(await projects.list(learner.token), 200);
    expectVerified(list.items.find((p) => p.id === verifiedProject)!);
    expectUnverified(list.items.find((p) => p.id === plainProject)!);
    const certs = await expectStatus<{ items: Json[] }>(
      await certifications.list(learner.token),
      200,
    );
    expectVerified(certs.items.find((c) => c.id === verifiedCert)!);
  });

  it("an update answers with it too, and the learner cannot set it through the API", async () => {
    expectVerified(
      await expectStatus(
        await projects.patch(learner.token, verifiedProject, { summary: "v2" }),
        200,
      ),
    );
    await expectError(
      await projects.patch(learner.token, plainProject, { verified: true }),
      422,
      "validation_failed",
    );
    await expectError(
      await projects.create(learner.token, {
        title: "Self-made",
        status: "shipped",
        verified: true,
      }),
      422,
      "validation_failed",
    );
  });

  it("the JSON export and the CSV export", async () => {
    const doc = await expectStatus<Record<string, Json[]>>(
      await exportRoute(request("/api/v1/me/export", { token: learner.token })),
      200,
    );
    expectVerified(doc.projects!.find((p) => p.id === verifiedProject)!);
    expectUnverified(doc.projects!.find((p) => p.id === plainProject)!);
    expectVerified(doc.certifications!.find((c) => c.id === verifiedCert)!);
    const csv = await (
      await exportRoute(
        request("/api/v1/me/export?format=csv&kind=projects", { token: learner.token }),
      )
    ).text();
    const rows = parseCsv(csv);
    const header = rows[0]!;
    const churn = rows.find((r) => r[header.indexOf("id")] === verifiedProject)!;
    expect(churn[header.indexOf("verified")]).toBe("true");
    expect(churn[header.indexOf("verifiedBy")]).toBe(coach.name);
  });

  it("import ignores verification: a document claiming it verifies nothing", async () => {
    const forger = await makeUserWith("forger");
    const claimed = {
      verified: true,
      verifiedBy: { id: coach.id, name: coach.name },
      verifiedAt: new Date().toISOString(),
    };
    const doc = {
      format: "epoch-export",
      version: 1,
      projects: [{ id: randomUUID(), title: "Forged", status: "shipped", ...claimed }],
      certifications: [
        { id: randomUUID(), name: "Forged cert", issuer: "X", status: "earned", ...claimed },
      ],
    };
    await expectStatus(
      await importRoute(
        request("/api/v1/me/import", { method: "POST", token: forger.token, body: doc }),
      ),
      200,
    );
    expect(
      await db.select().from(recordVerifications).where(eq(recordVerifications.userId, forger.id)),
    ).toEqual([]);
    const list = await expectStatus<{ items: Json[] }>(await projects.list(forger.token), 200);
    expect(list.items).toHaveLength(1);
    expectUnverified(list.items[0]!);
    const certs = await expectStatus<{ items: Json[] }>(
      await certifications.list(forger.token),
      200,
    );
    expectUnverified(certs.items[0]!);
  });
});

describe("notifications carry their subject and are read once it is acted on", () => {
  let a: NamedUser;
  let c: NamedUser;
  beforeAll(async () => {
    [a, c] = await Promise.all([makeUserWith("notified-learner"), makeUserWith("notified-coach")]);
  });

  it("an invitation's notification is read once the invitee accepts", async () => {
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(c.token, { email: a.email, role: "mentee" }),
      201,
    );
    const [told] = (await notificationRows(a.id)).filter((n) => n.subjectId === id);
    expect(told).toMatchObject({ kind: "coaching_invitation", subjectType: "coaching_invitation" });
    expect(told!.readAt).toBeNull();
    await expectStatus(await api.accept(a.token, id), 200);
    const [after] = (await notificationRows(a.id)).filter((n) => n.subjectId === id);
    expect(after!.readAt).not.toBeNull();
  });

  it("a declined invitation's notification is read too", async () => {
    const other = await makeUserWith("other-coach");
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(other.token, { email: a.email, role: "mentee" }),
      201,
    );
    expect((await notificationRows(a.id)).find((n) => n.subjectId === id)!.readAt).toBeNull();
    await expectStatus(await api.decline(a.token, id), 200);
    expect((await notificationRows(a.id)).find((n) => n.subjectId === id)!.readAt).not.toBeNull();
  });

  it("a review request is read when the coach decides; the decision is read when the learner answers", async () => {
    const project = (
      await expectStatus<{ id: string }>(
        await projects.create(a.token, { title: "Notified project", status: "shipped" }),
        201,
      )
    ).id;
    const review = await askReview(a, c, "project", project);
    const requested = (await notificationRows(c.id)).find((n) => n.subjectId === review)!;
    expect(requested).toMatchObject({
      kind: "review_requested",
      subjectType: "review",
      link: `/coaching#review-${review}`,
      readAt: null,
    });
    // Another unread notification of the coach's is left as it is.
    const unrelated = (await notificationRows(c.id)).find((n) => n.kind === "coaching_accepted")!;
    expect(unrelated.readAt).toBeNull();

    await expectStatus(
      await api.decide(c.token, review, { decision: "request_changes", feedback: "Add a README" }),
      200,
    );
    const coachRows = await notificationRows(c.id);
    expect(coachRows.find((n) => n.id === requested.id)!.readAt).not.toBeNull();
    expect(coachRows.find((n) => n.id === unrelated.id)!.readAt).toBeNull();

    const decided = (await notificationRows(a.id)).find(
      (n) => n.kind === "review_decided" && n.subjectId === review,
    )!;
    expect(decided.readAt).toBeNull();
    await expectStatus(await api.reply(a.token, review, { message: "Added it" }), 200);
    expect((await notificationRows(a.id)).find((n) => n.id === decided.id)!.readAt).not.toBeNull();
  });

  it("the existing API still lists them (with their subject) and marks one or all read", async () => {
    const listed = await expectStatus<{
      items: { id: string; subjectType: string | null; readAt: string | null }[];
      unread: number;
    }>(await api.notifications(c.token), 200);
    expect(listed.unread).toBeGreaterThan(0);
    const unread = listed.items.filter((n) => !n.readAt);
    expect(unread.some((n) => n.subjectType === "review")).toBe(true);
    await expectStatus(await api.readNotifications(c.token, { ids: [unread[0]!.id] }), 204);
    const one = await expectStatus<{ unread: number }>(await api.notifications(c.token), 200);
    expect(one.unread).toBe(listed.unread - 1);
    await expectStatus(await api.readNotifications(c.token, {}), 204);
    expect(
      (await expectStatus<{ unread: number }>(await api.notifications(c.token), 200)).unread,
    ).toBe(0);
  });
});
