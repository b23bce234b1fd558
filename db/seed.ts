import { eq } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import { closeDb, db } from "./client";
import { seedDemoRecords } from "./demo-records";
import { profiles, users } from "./schema";

/** Demo accounts; the README lists them. One password for all, ≥ 10 characters. */
export const DEMO_PASSWORD = "epoch-demo-2026";
export const DEMO_ACCOUNTS = [
  {
    email: "learner@epoch.dev",
    name: "Ada Learner",
    profile: {
      headline: "Data analyst on the way to ML engineering",
      targetTrack: "mlops",
      targetDate: "2027-09-01",
      weeklyHoursGoal: 8,
      timezone: "Europe/Berlin",
      publicProfile: true,
      slug: "ada-learner",
    },
  },
  {
    email: "coach@epoch.dev",
    name: "Grace Coach",
    profile: { headline: "Staff ML engineer, mentoring on the side", timezone: "America/New_York" },
  },
  {
    email: "organizer@epoch.dev",
    name: "Alan Organizer",
    profile: { headline: "Runs the Spring ML bootcamp", timezone: "Europe/London" },
  },
] as const;

/** Re-runnable: existing demo accounts are left as they are. */
export async function seed(): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db
      .insert(users)
      .values({ email: account.email, name: account.name, passwordHash })
      .onConflictDoNothing();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
    await db
      .insert(profiles)
      .values({ userId: user!.id, ...account.profile })
      .onConflictDoNothing();
    if (account.email === "learner@epoch.dev") {
      await seedDemoRecords(db, user!.id, account.profile.timezone);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(() => console.log(`Demo data ready: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}.`))
    .catch((error: unknown) => {
      console.error("Seeding failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
