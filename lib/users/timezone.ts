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
