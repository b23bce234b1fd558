import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./config";
import type { Actor } from "../policy";

/** The signed-in actor for server components and actions, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  return session?.user?.id ? { userId: session.user.id, via: "session" } : null;
}

/** For pages behind sign-in: sends a signed-out visitor to sign in and back. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
