import { type OperationExample, USER, ITEM, CREATED, UPDATED } from "./shared";

export const profile = {
  headline: "Data analyst on the way to ML engineering",
  targetTrack: "mlops",
  targetDate: "2026-12-31",
  weeklyHoursGoal: 6,
  timezone: "Europe/Berlin",
  publicProfile: true,
  slug: "ada-l",
};
const me = { id: USER, name: "Ada Lovelace", email: "ada@example.com", profile };

/** The examples of the operations in operations/accounts.ts, by operationId. */
export const accountExamples: Record<string, OperationExample> = {
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
};
