/**
 * Certification answers add `expired` and `expiringSoon`, judged against the
 * learner's own today (their profile time zone). Expected values come from
 * today's date in that zone, never from a fixed date.
 */
import { describe, expect, it } from "vitest";
import {
  expectStatus,
  makeUser,
  recordApi,
  setTimezone,
  shiftDate,
  todayInZone,
  type Json,
  type Page,
} from "../records-test-helpers";

const api = recordApi("certifications");

type Case = { status: string; expiresIn: number | null; expired: boolean; expiringSoon: boolean };

/** expiresIn: days from the learner's today to expiresOn. */
const CASES: Case[] = [
  { status: "earned", expiresIn: -400, expired: true, expiringSoon: false },
  { status: "earned", expiresIn: -1, expired: true, expiringSoon: false },
  { status: "earned", expiresIn: 0, expired: false, expiringSoon: true },
  { status: "earned", expiresIn: 1, expired: false, expiringSoon: true },
  { status: "earned", expiresIn: 60, expired: false, expiringSoon: true },
  { status: "earned", expiresIn: 61, expired: false, expiringSoon: false },
  { status: "earned", expiresIn: 365, expired: false, expiringSoon: false },
  { status: "earned", expiresIn: null, expired: false, expiringSoon: false },
  { status: "planned", expiresIn: -1, expired: false, expiringSoon: false },
  { status: "planned", expiresIn: 10, expired: false, expiringSoon: false },
  { status: "in_progress", expiresIn: -1, expired: false, expiringSoon: false },
  { status: "in_progress", expiresIn: 10, expired: false, expiringSoon: false },
];

const label = (c: Case) =>
  `${c.status}, expires ${c.expiresIn === null ? "never" : `in ${c.expiresIn} days`}`;

// Kiritimati (UTC+14) and Pago Pago (UTC-11) between them disagree with UTC's date at every hour of the day.
describe.each(["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"])("a learner in %s", (timezone) => {
  it("create, GET and list answer expired and expiringSoon against the learner's today", async () => {
    const learner = await makeUser("certified", timezone);
    const today = todayInZone(timezone);
    const ids = new Map<string, Case>();
    for (const c of CASES) {
      const body = {
        name: label(c),
        issuer: "Issuer",
        status: c.status,
        issuedOn: shiftDate(today, -500),
        expiresOn: c.expiresIn === null ? null : shiftDate(today, c.expiresIn),
      };
      const created = await expectStatus<Json>(await api.create(learner.token, body), 201);
      expect({
        case: label(c),
        expired: created.expired,
        expiringSoon: created.expiringSoon,
      }).toEqual({
        case: label(c),
        expired: c.expired,
        expiringSoon: c.expiringSoon,
      });
      const got = await expectStatus<Json>(await api.get(learner.token, created.id as string), 200);
      expect([got.expired, got.expiringSoon], label(c)).toEqual([c.expired, c.expiringSoon]);
      ids.set(created.id as string, c);
    }
    const page = await expectStatus<Page>(await api.list(learner.token), 200);
    expect(page.items).toHaveLength(CASES.length);
    for (const item of page.items) {
      const c = ids.get(item.id as string)!;
      expect([item.expired, item.expiringSoon], label(c)).toEqual([c.expired, c.expiringSoon]);
    }
  });
});

describe("derived values follow changes", () => {
  it("PATCH answers with expired recomputed from the merged record", async () => {
    const learner = await makeUser("patched", "Pacific/Kiritimati");
    const today = todayInZone("Pacific/Kiritimati");
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        name: "Cert",
        issuer: "Issuer",
        status: "planned",
        expiresOn: shiftDate(today, -1),
      }),
      201,
    );
    expect(created.expired).toBe(false);
    const earned = await expectStatus<Json>(
      await api.patch(learner.token, created.id as string, { status: "earned" }),
      200,
    );
    expect([earned.expired, earned.expiringSoon]).toEqual([true, false]);
    const renewed = await expectStatus<Json>(
      await api.patch(learner.token, created.id as string, { expiresOn: shiftDate(today, 30) }),
      200,
    );
    expect([renewed.expired, renewed.expiringSoon]).toEqual([false, true]);
    const cleared = await expectStatus<Json>(
      await api.patch(learner.token, created.id as string, { expiresOn: null }),
      200,
    );
    expect([cleared.expired, cleared.expiringSoon]).toEqual([false, false]);
  });

  it("moving the learner to another time zone moves their today", async () => {
    const learner = await makeUser("traveller", "Pacific/Pago_Pago");
    // The date that is today in Kiritimati is in the future for Pago Pago, and in the past once the learner moves past it.
    const aheadToday = todayInZone("Pacific/Kiritimati");
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        name: "Cert",
        issuer: "Issuer",
        status: "earned",
        expiresOn: shiftDate(aheadToday, -1),
      }),
      201,
    );
    // Pago Pago's today is one or two days behind Kiritimati's, so expiresOn is today or later there.
    expect(shiftDate(aheadToday, -1) >= todayInZone("Pacific/Pago_Pago")).toBe(true);
    expect(created.expired).toBe(false);
    await setTimezone(learner.id, "Pacific/Kiritimati");
    const got = await expectStatus<Json>(await api.get(learner.token, created.id as string), 200);
    expect(got.expired).toBe(true);
  });
});
