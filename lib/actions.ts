import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { fieldsOf } from "./api/handler";
import { sessionFromCookies } from "./auth/sessions";
import { AppError, isDatabaseUnavailable } from "./errors";
import type { Actor } from "./policy";

export type ActionState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  /** Anything the form shows once, such as a new token. */
  data?: Record<string, string>;
};

/**
 * The server-action twin of `apiRoute`: every action authenticates from the
 * session cookie, parses its form with a zod schema, runs, and turns failures
 * into form state with field messages. Server actions are public endpoints.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  fn: (input: z.output<S>, ctx: { actor: Actor; sessionToken: string }) => Promise<ActionState | void>,
) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    try {
      const session = await sessionFromCookies((await headers()).get("cookie"));
      if (!session) return { message: "Your session has ended. Sign in again." };
      const raw = Object.fromEntries([...form.keys()].map((k) => [k, form.get(k)]));
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { fields: fieldsOf(parsed.error), message: "Please correct the highlighted fields." };
      }
      const actor: Actor = { userId: session.userId, via: "session" };
      return (await fn(parsed.data, { actor, sessionToken: session.sessionToken })) ?? { ok: true };
    } catch (error) {
      if (error instanceof AppError) return { message: error.message, fields: error.fields };
      if (isDatabaseUnavailable(error)) return { message: "Epoch is temporarily unavailable. Try again shortly." };
      throw error;
    }
  };
}
