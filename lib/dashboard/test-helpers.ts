import { randomUUID } from "node:crypto";
import type { Actor } from "../policy";
import { registerUser } from "../users/accounts";
import { todayFor } from "../users/timezone";

export const LEARNER_PASSWORD = "a long enough password";

/** A new learner with a session actor and their today, for the dashboard's tests. */
export async function newLearner(name: string) {
  const user = await registerUser({
    name,
    email: `${name}-${randomUUID()}@example.test`,
    password: LEARNER_PASSWORD,
  });
  const actor: Actor = { userId: user.id, via: "session" };
  return { id: user.id, email: user.email, actor, today: await todayFor(user.id) };
}
