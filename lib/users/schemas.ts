import { z } from "zod";
import { WEEKLY_HOURS_GOAL } from "@/db/enums";
import { dateField, dateOutput } from "../records/fields";
import { TRACKS } from "../roadmap/content";

export const PASSWORD_MIN = 10;

export const emailSchema = z
  .string({ error: "is required" })
  .trim()
  .max(254, "is too long")
  .pipe(z.email({ error: "is not a valid email address" }))
  .transform((e) => e.toLowerCase())
  .meta({ format: "email", pattern: z.regexes.email.source, maxLength: 254 });

/**
 * A time-zone name, checked against the server's time-zone database (Intl), which accepts the
 * IANA names and their aliases (browsers report some zones by different names). The document
 * lists the canonical names; the aliases are accepted beside them (docs/DECISIONS.md).
 */
export const timeZoneField = z
  .string({ error: "must be an IANA time zone such as Europe/Berlin" })
  .max(64, "must be at most 64 characters")
  .refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin")
  .meta({
    id: "TimeZone",
    description:
      "An IANA time-zone name such as Europe/Berlin. The other names the server's time-zone database knows for these zones (aliases such as Asia/Kolkata) are accepted too.",
    enum: [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])],
  });

export const passwordSchema = z
  .string({ error: "is required" })
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(200, "must be at most 200 characters");

export const nameSchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters")
  // Blank after trimming is no name: the document says a letter or sign is required.
  .meta({ pattern: "\\S" });

export const registerInput = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  // Optional: the sign-up form sends the browser's zone; without one the account starts in UTC.
  timezone: timeZoneField.optional(),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const userOutput = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  email: z.string(),
});
export const registerOutput = z.object({ user: userOutput });

export const signInInput = z.object({
  email: emailSchema,
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const trackSlugs = TRACKS.map((t) => t.slug) as [string, ...string[]];

export const profileFields = {
  headline: z.string().trim().max(160, "must be at most 160 characters").nullable(),
  targetTrack: z.enum(trackSlugs, { error: `must be one of ${trackSlugs.join(", ")}` }).nullable(),
  targetDate: dateField.nullable(),
  weeklyHoursGoal: z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(WEEKLY_HOURS_GOAL.min, `must be ${WEEKLY_HOURS_GOAL.min} or more`)
    .max(WEEKLY_HOURS_GOAL.max, `must be at most ${WEEKLY_HOURS_GOAL.max}`),
  timezone: timeZoneField,
  publicProfile: z.boolean({ error: "must be true or false" }),
  slug: z
    .string()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/,
      "must be 3–40 lowercase letters, digits or dashes",
    )
    .nullable(),
};

export const profileOutput = z.object({
  headline: z.string().nullable(),
  targetTrack: z.string().nullable(),
  targetDate: dateOutput.nullable(),
  weeklyHoursGoal: z.number().int(),
  timezone: z.string(),
  publicProfile: z.boolean(),
  slug: z.string().nullable(),
});

export const meOutput = userOutput.extend({ profile: profileOutput });
export type Me = z.infer<typeof meOutput>;

export const updateMeInput = z
  .object({ name: nameSchema, ...profileFields })
  .partial()
  .strict();
export type UpdateMeInput = z.infer<typeof updateMeInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: "is required" }).min(1, "is required"),
  newPassword: passwordSchema,
});

export const deleteAccountInput = z.object({
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
});
