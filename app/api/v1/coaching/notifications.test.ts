/**
 * In-app notifications for the other side of every coaching step: invitation,
 * review request, decision and reply. Marking read touches only the caller's
 * own. Email is off (SMTP_URL unset) and nothing fails for it.
 */
// Email stays off for this file, whatever the shell running the tests has set.
delete process.env.SMTP_URL;

import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import {
  expectError,
  expectStatus,
  recordApi,
  uniqueEmail,
  type TestUser,
} from "../me/records-test-helpers";
import {
  api,
  askReview,
  makeUserWith,
  notificationsOf,
  type NamedUser,
  type Notification,
  UUID,
} from "./coaching-test-helpers";

const projects = recordApi("projects");

let coach: NamedUser;
let learner: NamedUser;
let bystander: NamedUser;

beforeAll(async () => {
  [coach, learner, bystander] = await Promise.all([
    makeUserWith("coach"),
    makeUserWith("learner"),
    makeUserWith("bystander"),
  ]);
});

/** Runs `action` and returns what it added to each user's notifications (newest first) and their unread counts. */
async function added(users: TestUser[], action: () => Promise<void>) {
  const before = await Promise.all(users.map(notificationsOf));
  await action();
  const after = await Promise.all(users.map(notificationsOf));
  return users.map((_, i) => {
    const known = new Set(before[i]!.items.map((n) => n.id));
    return {
      items: after[i]!.items.filter((n) => !known.has(n.id)),
      unreadDelta: after[i]!.unread - before[i]!.unread,
    };
  });
}

const kinds = (items: Notification[]) => items.map((n) => n.kind);

describe("coaching notifications (SMTP_URL unset)", () => {
  it("email is not configured in this run", () => {
    expect(env().SMTP_URL).toBeUndefined();
  });

  it("invitation, acceptance, review request, decision and reply each notify the other side, and only them", async () => {
    const everyone = [coach, learner, bystander];
    let invitationId = "";
    let reviewId = "";

    // The invitation: the invitee hears of it.
    let [c, l, b] = await added(everyone, async () => {
      invitationId = (
        await expectStatus<{ id: string }>(
          await api.invite(coach.token, { email: learner.email, role: "mentee" }),
          201,
        )
      ).id;
    });
    expect(kinds(l!.items)).toEqual(["coaching_invitation"]);
    expect(l!.unreadDelta).toBe(1);
    expect(l!.items[0]).toMatchObject({
      link: "/coaching#invitations",
      subjectType: "coaching_invitation",
      subjectId: invitationId,
      readAt: null,
    });
    expect(l!.items[0]!.id).toMatch(UUID);
    expect(l!.items[0]!.title).toContain(coach.name);
    expect(c!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // Accepting: the inviter hears of it.
    [c, l, b] = await added(everyone, async () => {
      await expectStatus(await api.accept(learner.token, invitationId), 200);
    });
    expect(kinds(c!.items)).toEqual(["coaching_accepted"]);
    expect(c!.unreadDelta).toBe(1);
    expect(l!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // The review request: the coach hears of it, with the subject's title.
    const projectId = (
      await expectStatus<{ id: string }>(
        await projects.create(learner.token, { title: "Recommender", status: "shipped" }),
        201,
      )
    ).id;
    [c, l, b] = await added(everyone, async () => {
      reviewId = await askReview(learner, coach, "project", projectId, "have a look");
    });
    expect(kinds(c!.items)).toEqual(["review_requested"]);
    expect(c!.items[0]!.title).toContain("Recommender");
    expect(c!.unreadDelta).toBe(1);
    expect(l!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // The decision: the learner hears of it.
    [c, l, b] = await added(everyone, async () => {
      await expectStatus(
        await api.decide(coach.token, reviewId, {
          decision: "request_changes",
          feedback: "Add tests",
        }),
        200,
      );
    });
    expect(kinds(l!.items)).toEqual(["review_decided"]);
    expect(l!.unreadDelta).toBe(1);
    expect(c!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // The reply: the coach hears of it.
    [c, l, b] = await added(everyone, async () => {
      await expectStatus(await api.reply(learner.token, reviewId, { message: "Tests added" }), 200);
    });
    expect(kinds(c!.items)).toEqual(["review_reply"]);
    expect(c!.unreadDelta).toBe(1);
    expect(l!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // An approval: the learner hears of it too.
    [c, l, b] = await added(everyone, async () => {
      await expectStatus(
        await api.decide(coach.token, reviewId, { decision: "approve", feedback: "Great" }),
        200,
      );
    });
    expect(kinds(l!.items)).toEqual(["review_decided"]);
    expect(c!.items).toEqual([]);
    expect(b!.items).toEqual([]);

    // Newest first, and the counts add up.
    const mine = await notificationsOf(learner);
    expect(kinds(mine.items)).toEqual(["review_decided", "review_decided", "coaching_invitation"]);
    // Acting on a subject read what told of it: the invitation (accepted), the first decision
    // (answered). The approval is still unread.
    expect(mine.unread).toBe(1);
    const coachs = await notificationsOf(coach);
    expect(kinds(coachs.items)).toEqual(["review_reply", "review_requested", "coaching_accepted"]);
    // The request and the reply were read by deciding the review.
    expect(coachs.unread).toBe(1);
    expect(await notificationsOf(bystander)).toEqual({ items: [], nextCursor: null, unread: 0 });
  });

  it("an invitation to an email without an account notifies it once it registers", async () => {
    const email = uniqueEmail("later");
    await expectStatus(await api.invite(coach.token, { email, role: "mentee" }), 201);
    const later = await makeUserWith("later", email);
    const { items, unread } = await notificationsOf(later);
    expect(kinds(items)).toEqual(["coaching_invitation"]);
    expect(unread).toBe(1);
  });

  it("POST /me/notifications/read marks the caller's own read, and never anyone else's", async () => {
    const [reader, other] = await Promise.all([makeUserWith("reader"), makeUserWith("other")]);
    // Three for the reader, two for the other user.
    for (const email of [reader.email, reader.email, reader.email, other.email, other.email]) {
      const inviter = await makeUserWith("inviter");
      await expectStatus(await api.invite(inviter.token, { email, role: "coach" }), 201);
    }
    const readerBefore = await notificationsOf(reader);
    const otherBefore = await notificationsOf(other);
    expect(readerBefore.unread).toBe(3);
    expect(otherBefore.unread).toBe(2);

    // The other user's ids, sent by the reader: nothing changes for anyone.
    const res = await api.readNotifications(reader.token, {
      ids: otherBefore.items.map((n) => n.id),
    });
    expect(res.status).toBe(204);
    expect(await notificationsOf(other)).toEqual(otherBefore);
    expect(await notificationsOf(reader)).toEqual(readerBefore);

    // One of the reader's own, by id.
    const first = readerBefore.items[0]!;
    expect((await api.readNotifications(reader.token, { ids: [first.id] })).status).toBe(204);
    const afterOne = await notificationsOf(reader);
    expect(afterOne.unread).toBe(2);
    expect(afterOne.items.find((n) => n.id === first.id)?.readAt).toEqual(expect.any(String));
    expect(afterOne.items.filter((n) => n.readAt === null)).toHaveLength(2);

    // All of them (no ids): the reader's unread is 0; the other user's is untouched.
    expect((await api.readNotifications(reader.token)).status).toBe(204);
    const afterAll = await notificationsOf(reader);
    expect(afterAll.unread).toBe(0);
    expect(afterAll.items).toHaveLength(3);
    expect(afterAll.items.every((n) => n.readAt !== null)).toBe(true);
    expect(await notificationsOf(other)).toEqual(otherBefore);

    // Marking read twice changes nothing more.
    expect((await api.readNotifications(reader.token, {})).status).toBe(204);
    expect(await notificationsOf(reader)).toEqual(afterAll);
  });

  it("ids that are not UUIDs: 422 naming ids, nothing marked", async () => {
    const before = await notificationsOf(learner);
    expect(before.unread).toBeGreaterThan(0);
    const body = await expectError(
      await api.readNotifications(learner.token, { ids: ["not-a-uuid"] }),
      422,
      "validation_failed",
    );
    expect(
      Object.keys(body.error.fields ?? {}).some((f) => f === "ids" || f.startsWith("ids.")),
    ).toBe(true);
    await expectError(
      await api.readNotifications(learner.token, { ids: "all" }),
      422,
      "validation_failed",
      "ids",
    );
    await expectError(
      await api.readNotifications(learner.token, { everything: true }),
      422,
      "validation_failed",
      "everything",
    );
    expect(await notificationsOf(learner)).toEqual(before);
  });
});
