import "server-only";
import { redirect } from "next/navigation";
import { databaseUnavailable } from "@/db/client";

/**
 * Runs a page's data loading. When PostgreSQL cannot be reached, the visitor
 * goes to /unavailable (a plain screen answered with 503) instead of an error
 * page: a server component cannot set its own status, and in production an
 * error boundary only sees a digest, so the database error is recognised here.
 */
export async function orUnavailable<T>(returnTo: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (databaseUnavailable(error)) redirect(unavailablePath(returnTo));
    throw error;
  }
}

export function unavailablePath(returnTo: string): string {
  return `/unavailable?from=${encodeURIComponent(returnTo)}`;
}
