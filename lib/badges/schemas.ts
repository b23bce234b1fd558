import { z } from "zod";
import { pageOf } from "../pagination";
import { TIERS, TRACKS } from "../roadmap/content";

/** What the API and the forms accept and answer for tier badges (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)"). */

const TIER_NUMBERS = TIERS.map((t) => t.number);
const TRACK_SLUGS = TRACKS.map((t) => t.slug) as [string, ...string[]];

/** `{tier}` or `{track}`, exactly one. */
export const badgeClaimInput = z
  .strictObject({
    // A number, or a form's text of one; nothing else is read as a number (`true` is not 1).
    tier: z
      .preprocess(
        (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
        z
          .number({ error: "must be a tier number" })
          .int("must be a whole number")
          .refine((n) => TIER_NUMBERS.includes(n), `must be one of ${TIER_NUMBERS.join(", ")}`),
      )
      .optional(),
    track: z.enum(TRACK_SLUGS, { error: `must be one of ${TRACK_SLUGS.join(", ")}` }).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.tier === undefined) === (v.track === undefined))
      ctx.addIssue({
        code: "custom",
        path: [v.tier === undefined ? "tier" : "track"],
        message: v.tier === undefined ? "is required (or a track)" : "cannot be given with a tier",
      });
  });

export type BadgeClaimInput = z.output<typeof badgeClaimInput>;

/** The credential as JSON: the Open Badges schema (lib/badges/ob3/) describes it in full. */
const credential = z
  .record(z.string(), z.unknown())
  .meta({ description: "The OpenBadgeCredential (Open Badges 3.0, VC data model 2.0)" });

export const badgeClaimOutput = z.object({
  id: z.uuid(),
  url: z.string().meta({ description: "The public verification page" }),
  credential,
  jwt: z.string().meta({ description: "The credential signed as a VC-JWT" }),
});

export const badgeListItem = z.object({
  id: z.uuid(),
  tier: z.number().int().nullable(),
  track: z.string().nullable(),
  issuedAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  url: z.string(),
});

export const badgeListOutput = pageOf(badgeListItem);

export const publicBadgeOutput = z.object({
  credential,
  jwt: z.string(),
  status: z.enum(["active", "revoked"]),
  verified: z.boolean().meta({
    description:
      "The signature checks with a key the issuer publishes, and the credential matches the Open Badges 3.0 schema",
  }),
});

export const jwkSetOutput = z.object({
  keys: z.array(z.record(z.string(), z.unknown())),
});

export const badgeKeyParams = z.object({
  kid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a key id")
    .meta({ description: "The key's RFC 7638 thumbprint" }),
});

export const issuerProfileOutput = z.record(z.string(), z.unknown());
