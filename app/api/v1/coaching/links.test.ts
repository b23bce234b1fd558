/**
 * Coaching is a link both sides accept: invitations by email (whether or not
 * the email has an account yet), answered only by the invitee, and ended by
 * either side at any time.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { coachingInvitations } from "@/db/schema";
import { expectError, expectStatus, uniqueEmail, type TestUser } from "../me/records-test-helpers";
import {
  api,
  coachingState,
  invitationRow,
  link,
  linkRows,
  makeUserWith,
  UUID,
  type Invitations,
  type Mentee,
} from "./coaching-test-helpers";

let inviter: TestUser;
let known: TestUser;
let third: TestUser;

beforeAll(async () => {
  [inviter, known, third] = await Promise.all([
    makeUserWith("inviter"),
    makeUserWith("known"),
    makeUserWith("third"),
  ]);
});

/** The caller's invitations, split by direction. */
async function invitationsOf(user: TestUser) {
  const { items, nextCursor } = await expectStatus<Invitations>(
    await api.invitations(user.token),
    200,
  );
  expect(nextCursor).toBeNull();
  return {
    incoming: items.filter((i) => i.direction === "incoming"),
    outgoing: items.filter((i) => i.direction === "outgoing"),
  };
}

async function menteesOf(user: TestUser): Promise<Mentee[]> {
  return (await expectStatus<{ items: Mentee[] }>(await api.mentees(user.token), 200)).items;
}

describe("POST /api/v1/coaching/invitations", () => {
  it("answers 201 {id} alike whether or not the email has an account", async () => {
    const toKnown = await api.invite(inviter.token, { email: known.email, role: "mentee" });
    const toUnknown = await api.invite(inviter.token, {
      email: uniqueEmail("nobody"),
      role: "mentee",
    });
    expect(toKnown.status).toBe(201);
    expect(toUnknown.status).toBe(201);
    expect(toKnown.headers.get("content-type")).toBe(toUnknown.headers.get("content-type"));
    const a = (await toKnown.json()) as Record<string, unknown>;
    const b = (await toUnknown.json()) as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(["id"]);
    expect(Object.keys(b)).toEqual(["id"]);
    expect(a.id).toMatch(UUID);
    expect(b.id).toMatch(UUID);
    expect(a.id).not.toBe(b.id);
    // Both are stored as pending invitations by the inviter.
    expect(await invitationRow(a.id as string)).toMatchObject({
      inviterId: inviter.id,
      inviteeEmail: known.email,
      status: "pending",
    });
    expect((await invitationRow(b.id as string))?.status).toBe("pending");
  });

  it("an invitation to an unknown email is visible to it once it registers, and can be accepted then", async () => {
    const email = uniqueEmail("late");
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(inviter.token, { email: email.toUpperCase(), role: "coach" }),
      201,
    );

    const late = await makeUserWith("late", email);
    const { incoming } = await invitationsOf(late);
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({
      id,
      role: "coach",
      status: "pending",
      from: { id: inviter.id, email: inviter.email },
    });
    const { outgoing } = await invitationsOf(inviter);
    expect(outgoing.find((i) => i.id === id)).toMatchObject({
      email,
      role: "coach",
      status: "pending",
    });

    // role "coach": the invitee becomes the inviter's coach.
    const accepted = await expectStatus(await api.accept(late.token, id), 200);
    expect(accepted).toMatchObject({ status: "accepted", coachId: late.id, menteeId: inviter.id });
    expect((await menteesOf(late)).map((m) => m.userId)).toEqual([inviter.id]);
    expect((await menteesOf(inviter)).map((m) => m.userId)).not.toContain(late.id);
    expect((await invitationsOf(late)).incoming[0]!.status).toBe("accepted");
    expect((await linkRows(late.id, inviter.id)).filter((l) => l.endedAt === null)).toHaveLength(1);
  });

  it("role mentee: the inviter becomes the coach once the invitee accepts", async () => {
    const [coach, mentee] = await Promise.all([
      makeUserWith("role-coach"),
      makeUserWith("role-mentee"),
    ]);
    expect(await menteesOf(coach)).toEqual([]);
    await link(coach, mentee);
    expect((await menteesOf(coach)).map((m) => m.userId)).toEqual([mentee.id]);
    expect(await menteesOf(mentee)).toEqual([]);
  });

  it("only the invitee may accept or decline: anyone else, the inviter included, gets 404 and nothing changes", async () => {
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(inviter.token, { email: third.email, role: "mentee" }),
      201,
    );
    const before = await coachingState();
    for (const outsider of [inviter, known]) {
      await expectError(await api.accept(outsider.token, id), 404, "not_found");
      await expectError(await api.decline(outsider.token, id), 404, "not_found");
    }
    // An id that names no invitation at all answers the same.
    await expectError(await api.accept(third.token, randomUUID()), 404, "not_found");
    expect(await coachingState()).toEqual(before);
    expect((await invitationRow(id))?.status).toBe("pending");
    // The inviter does not see it as incoming.
    expect((await invitationsOf(inviter)).incoming.map((i) => i.id)).not.toContain(id);

    await expectStatus(await api.accept(third.token, id), 200);
    expect((await linkRows(inviter.id, third.id)).filter((l) => l.endedAt === null)).toHaveLength(
      1,
    );
  });

  it("accepting twice answers 409, and so does declining an accepted invitation", async () => {
    const [coach, mentee] = await Promise.all([
      makeUserWith("twice-coach"),
      makeUserWith("twice-mentee"),
    ]);
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(coach.token, { email: mentee.email, role: "mentee" }),
      201,
    );
    await expectStatus(await api.accept(mentee.token, id), 200);
    const before = await coachingState();
    await expectError(await api.accept(mentee.token, id), 409, "conflict");
    await expectError(await api.decline(mentee.token, id), 409, "conflict");
    expect(await coachingState()).toEqual(before);
    expect(await linkRows(coach.id, mentee.id)).toHaveLength(1);
  });

  it("a declined invitation makes no link and cannot be accepted afterwards", async () => {
    const [coach, mentee] = await Promise.all([
      makeUserWith("decl-coach"),
      makeUserWith("decl-mentee"),
    ]);
    const { id } = await expectStatus<{ id: string }>(
      await api.invite(coach.token, { email: mentee.email, role: "mentee" }),
      201,
    );
    expect(await expectStatus(await api.decline(mentee.token, id), 200)).toMatchObject({
      status: "declined",
    });
    expect((await invitationRow(id))?.status).toBe("declined");
    expect(await linkRows(coach.id, mentee.id)).toEqual([]);
    expect(await menteesOf(coach)).toEqual([]);
    await expectError(await api.accept(mentee.token, id), 409, "conflict");
    expect(await linkRows(coach.id, mentee.id)).toEqual([]);
    await expectError(await api.menteeProgress(coach.token, mentee.id), 404, "not_found");
  });

  it("inviting yourself answers 422 naming email (any letter case) and stores nothing", async () => {
    const before = await coachingState();
    await expectError(
      await api.invite(inviter.token, { email: inviter.email, role: "mentee" }),
      422,
      "validation_failed",
      "email",
    );
    await expectError(
      await api.invite(inviter.token, {
        email: `  ${inviter.email.toUpperCase()} `,
        role: "coach",
      }),
      422,
      "validation_failed",
      "email",
    );
    expect(await coachingState()).toEqual(before);
    const own = await db
      .select()
      .from(coachingInvitations)
      .where(
        and(
          eq(coachingInvitations.inviterId, inviter.id),
          eq(coachingInvitations.inviteeEmail, inviter.email),
        ),
      );
    expect(own).toEqual([]);
  });

  it("role must be coach or mentee: 422 naming role", async () => {
    const before = await coachingState();
    for (const role of ["mentor", "Coach", "", null, 1, undefined]) {
      const body = role === undefined ? { email: known.email } : { email: known.email, role };
      await expectError(await api.invite(inviter.token, body), 422, "validation_failed", "role");
    }
    expect(await coachingState()).toEqual(before);
  });
});

describe("DELETE /api/v1/coaching/{coachId}/{menteeId}", () => {
  it("either side ends the link (204); a third user gets 404; ending an ended link 404", async () => {
    const [coach, mentee] = await Promise.all([
      makeUserWith("end-coach"),
      makeUserWith("end-mentee"),
    ]);

    // The mentee ends it.
    await link(coach, mentee);
    const before = await coachingState();
    await expectError(await api.endLink(third.token, coach.id, mentee.id), 404, "not_found");
    expect(await coachingState()).toEqual(before);
    const ended = await api.endLink(mentee.token, coach.id, mentee.id);
    expect(ended.status).toBe(204);
    expect(await ended.text()).toBe("");
    expect((await linkRows(coach.id, mentee.id))[0]!.endedAt).toBeInstanceOf(Date);
    expect(await menteesOf(coach)).toEqual([]);
    await expectError(await api.endLink(mentee.token, coach.id, mentee.id), 404, "not_found");
    await expectError(await api.endLink(coach.token, coach.id, mentee.id), 404, "not_found");

    // A new link, ended by the coach this time.
    await link(coach, mentee);
    expect((await menteesOf(coach)).map((m) => m.userId)).toEqual([mentee.id]);
    expect((await api.endLink(coach.token, coach.id, mentee.id)).status).toBe(204);
    expect(await menteesOf(coach)).toEqual([]);
    await expectError(await api.endLink(coach.token, coach.id, mentee.id), 404, "not_found");
    const rows = await linkRows(coach.id, mentee.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.endedAt !== null)).toBe(true);
  });

  it("the ids in the wrong places name no link: 404", async () => {
    const [coach, mentee] = await Promise.all([
      makeUserWith("swap-coach"),
      makeUserWith("swap-mentee"),
    ]);
    await link(coach, mentee);
    await expectError(await api.endLink(coach.token, mentee.id, coach.id), 404, "not_found");
    expect((await linkRows(coach.id, mentee.id))[0]!.endedAt).toBeNull();
  });
});
