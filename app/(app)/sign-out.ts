"use server";

import { signOut } from "@/lib/auth/config";

/** Ends this browser's session row (see lib/auth/config.ts events) and goes home. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
