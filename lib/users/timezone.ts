import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { profiles } from "@/db/schema";
import { todayIn } from "../dates";

/** Today's date in the user's own time zone (UTC when unknown). */
export async function todayFor(userId: string): Promise<string> {
  const [row] = await db
    .select({ timezone: profiles.timezone })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  return todayIn(row?.timezone ?? "UTC");
}

/** The server's zones: UTC (not in ICU's list of canonical zones), then every zone ICU knows. */
const ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone")];
const KNOWN = new Set(ZONES);

/**
 * The zones Settings offers. UTC always stays on it (the default, and a real
 * choice once another zone is set); a stored zone the list lacks (an alias
 * set through the API) is added, so the dropdown shows what is stored.
 */
export function timeZoneChoices(stored: string): string[] {
  return KNOWN.has(stored) ? [...ZONES] : [stored, ...ZONES];
}

/**
 * The zone a browser reported at sign-up, as one of the server's zones; UTC
 * when it is missing or unknown. An alias the server's ICU files under another
 * name (Asia/Kolkata as Asia/Calcutta on older ICU) takes the server's name.
 */
export function knownTimeZoneOrUtc(reported: unknown): string {
  if (typeof reported !== "string" || reported.length > 100) return "UTC";
  if (KNOWN.has(reported)) return reported;
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: reported }).resolvedOptions()
      .timeZone;
    return KNOWN.has(canonical) ? canonical : "UTC";
  } catch {
    return "UTC";
  }
}
