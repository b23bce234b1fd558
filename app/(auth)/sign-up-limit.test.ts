/**
 * The sign-up form's registration limit per client address. next/headers is mocked to carry the
 * client address that scripts/server.mjs would set; the database and lib/ are real.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { createUser, uniqueEmail } from "../api/v1/test-helpers";
import { signUpAction } from "./actions";

const request = vi.hoisted(() => ({ client: "203.0.113.77" }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost", "x-forwarded-for": request.client }),
}));

const form = (email: string) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ name: "Many", email, password: "a-long-password-1" }))
    data.set(k, v);
  return data;
};

describe("signUpAction", () => {
  let taken: string;
  beforeAll(async () => {
    taken = (await createUser({ email: uniqueEmail("taken") })).email;
  });

  it("past the limit per client, says to wait and creates nothing; a taken email is still named until then", async () => {
    for (let i = 0; i < env().REGISTRATION_LIMIT; i++) {
      const state = await signUpAction({}, form(taken));
      expect(state.fields).toEqual({ email: "is already registered" });
    }
    const late = uniqueEmail("late");
    const limited = await signUpAction({}, form(late));
    expect(limited.fields).toBeUndefined();
    expect(limited.message).toMatch(
      /^Too many sign-ups from this network\. Try again in 10 minutes\.$/,
    );
    expect(limited.values?.name).toBe("Many");
    expect(await db.select().from(users).where(eq(users.email, late))).toEqual([]);

    // Another network still gets the usual answer.
    request.client = "203.0.113.78";
    expect((await signUpAction({}, form(taken))).fields).toEqual({
      email: "is already registered",
    });
  });
});
