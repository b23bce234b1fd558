import { cookies } from "next/headers";
import { providerProfileOf } from "./providers";
import {
  decodeLinkIntent,
  LINK_INTENT_COOKIE,
  LINK_INTENT_PATH,
  providerSignInDecision,
  refusalPath,
} from "./provider-sign-in";
import { SESSION_COOKIE_NAMES } from "./session-cookies.mjs";
import { currentSessionClaims } from "./session-reader";
import { activeSessionUser } from "./sessions";

/** Expires a cookie the way it was set (a `__Secure-` cookie is only replaced by a Secure one). */
async function expire(name: string, path = "/") {
  const jar = await cookies();
  if (!jar.get(name)) return;
  jar.set(name, "", {
    path,
    maxAge: 0,
    httpOnly: true,
    sameSite: "lax",
    secure: name.startsWith("__Secure-"),
  });
}

/**
 * Auth.js's signIn callback for provider sign-ins (the request's cookies through next/headers:
 * it runs inside the /api/auth route handler). True lets Auth.js go on; a path refuses.
 */
export async function providerSignInCallback(input: {
  provider: string;
  providerAccountId: string;
  profile: Record<string, unknown> | undefined;
}): Promise<true | string> {
  const jar = await cookies();
  const [claims, intent] = await Promise.all([
    currentSessionClaims(),
    decodeLinkIntent(jar.get(LINK_INTENT_COOKIE)?.value),
  ]);
  const decision = await providerSignInDecision({
    provider: input.provider,
    providerAccountId: input.providerAccountId,
    profile: providerProfileOf(input.profile),
    claims,
    intent,
  });
  // A link intent is good for one trip to the provider.
  await expire(LINK_INTENT_COOKIE, LINK_INTENT_PATH);
  if (decision.allow) return true;
  // A cookie naming an ended session would make every later provider sign-in "a link": it goes.
  if (decision.refusal === "SessionEnded") {
    for (const name of SESSION_COOKIE_NAMES) await expire(name);
  }
  return refusalPath(decision.refusal);
}

/**
 * After a link from Settings the browser keeps its session: Auth.js issues a new cookie for
 * the signed-in user, which names the same, still live, row rather than a new one.
 */
export async function sessionToKeep(userId: string): Promise<string | null> {
  const claims = await currentSessionClaims();
  if (!claims || claims.sub !== userId) return null;
  return (await activeSessionUser(claims.sid)) === userId ? claims.sid : null;
}
