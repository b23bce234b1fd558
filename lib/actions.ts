import "server-only";
import type { z } from "zod";
import { fieldsOf, findNulField } from "./api/handler";
import { currentSession } from "./auth/session-reader";
import { databaseUnavailable } from "@/db/client";
import { AppError } from "./errors";
import type { Actor } from "./policy";

export type ActionState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  /** Anything the form shows once, such as a new token. */
  data?: Record<string, string>;
  /** What was submitted, when refused, so the form can show it again (never passwords). */
  submitted?: Record<string, unknown>;
};

const STALE_FORM: ActionState = {
  message: "This form is out of date or was not sent whole. Reload the page and try again.",
};

/**
 * A client can call a server action directly, with any arguments: the ones a
 * page binds (ids, slugs, record kinds) are input too, parsed before use.
 * Answers the refusal when they do not parse, else null.
 */
export function refuseArguments(schema: z.ZodType, values: unknown[]): ActionState | null {
  return schema.safeParse(values).success && !findNulField(values) ? null : STALE_FORM;
}

/**
 * The server-action twin of `apiRoute`: every action authenticates from the
 * session cookie, parses its form with a zod schema, runs, and turns failures
 * into form state with field messages. Server actions are public endpoints.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  fn: (
    input: z.output<S>,
    ctx: { actor: Actor; sessionToken: string },
  ) => Promise<ActionState | void>,
  /** Turns the form into the schema's input; by default, one string per field. */
  fromForm: (form: FormData) => unknown = (form) =>
    Object.fromEntries(
      [...form.keys()]
        // React's own bookkeeping for server actions rides along in the form.
        .filter((k) => !k.startsWith("$ACTION_"))
        .map((k) => [k, form.get(k)]),
    ),
  /** Send the input back with a refusal, so the form keeps what was typed. */
  { echoInput = false }: { echoInput?: boolean } = {},
) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    let input: unknown;
    const refuse = (state: ActionState): ActionState =>
      echoInput && input && typeof input === "object"
        ? { ...state, submitted: input as Record<string, unknown> }
        : state;
    try {
      const session = await currentSession();
      if (!session) return { message: "Your session has ended. Sign in again." };
      // A direct call can send anything in place of the form.
      if (!(form instanceof FormData)) return STALE_FORM;
      input = fromForm(form);
      const nulField = findNulField(input);
      if (nulField)
        return refuse({
          fields: { [nulField]: "must not contain NUL characters" },
          message: "Please correct the highlighted fields.",
        });
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return refuse({
          fields: fieldsOf(parsed.error),
          message: "Please correct the highlighted fields.",
        });
      }
      const actor: Actor = { userId: session.userId, via: "session" };
      return (await fn(parsed.data, { actor, sessionToken: session.sessionToken })) ?? { ok: true };
    } catch (error) {
      if (error instanceof AppError)
        return refuse({ message: error.message, fields: error.fields });
      if (databaseUnavailable(error))
        return { message: "Epoch is temporarily unavailable. Try again shortly." };
      throw error;
    }
  };
}
