import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { orUnavailable } from "../unavailable";
import type { Actor } from "../policy";
import { rememberMe } from "../users/accounts";
import { readViewer, type Viewer } from "../users/viewer";
import { currentSessionClaims } from "./session-reader";

/**
 * The signed-in viewer for server components, or null; once per request.
 * The cookie is read by session-reader.ts, not Auth.js's `auth()`, which swallows
 * a database error as "signed out" and would send people to sign in while
 * PostgreSQL is down; this throws it instead.
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await currentSessionClaims();
  const viewer = claims ? await readViewer(claims.sid, claims.sub) : null;
  if (viewer) rememberMe(viewer.me);
  return viewer;
});

export const currentActor = cache(async (): Promise<Actor | null> => {
  const viewer = await currentViewer();
  return viewer ? { userId: viewer.me.id, via: "session" } : null;
});

/**
 * For pages behind sign-in: sends a signed-out visitor to sign in and back,
 * and everyone to the unavailable screen while the database is down.
 */
export async function requirePageViewer(returnTo: string): Promise<Viewer> {
  const viewer = await orUnavailable(returnTo, currentViewer);
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** The same, for pages that only need to know who is asking. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  await requirePageViewer(returnTo);
  return (await currentActor())!;
}
