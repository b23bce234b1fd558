import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { orUnavailable } from "../unavailable";
import type { Actor } from "../policy";
import { sessionFromCookies } from "./sessions";

/**
 * The signed-in actor for server components, or null; once per request.
 * Reads the session row itself rather than through Auth.js's `auth()`, which
 * swallows a database error as "signed out" and would send people to sign in
 * while PostgreSQL is down; this throws it instead.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await sessionFromCookies((await headers()).get("cookie"));
  return session ? { userId: session.userId, via: "session" } : null;
});

/**
 * For pages behind sign-in: sends a signed-out visitor to sign in and back,
 * and everyone to the unavailable screen while the database is down.
 */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await orUnavailable(returnTo, currentActor);
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
