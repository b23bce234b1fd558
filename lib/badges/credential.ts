import { createHash } from "node:crypto";

/**
 * Building an Open Badges 3.0 `OpenBadgeCredential` (VC data model 2.0): pure functions of what
 * the learner earned, no database and no clock (docs/DECISIONS.md, "Tier badges (Open Badges
 * 3.0)"). The shape follows 1EdTech's AchievementCredential schema, pinned in lib/badges/ob3/.
 */

export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const OB_SCHEMA_URL =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

export const ISSUER_NAME = "Epoch";

/** What a badge is for: a tier, or a completed specialization track. */
export type BadgeTarget =
  | { kind: "tier"; number: number; name: string; context: string }
  | { kind: "track"; slug: string; name: string; summary: string };

/** The evidence as it stood when the badge was issued. */
export type EvidenceSummary = {
  /** Every skill rated above "none": name and level (0–4) with the level's name. */
  skills: { name: string; level: number; levelName: string }[];
  hoursLogged: number;
  shippedProjects: number;
  /** Titles of shipped projects, only when the learner's profile is public (it shows them anyway). */
  shippedProjectTitles: string[] | null;
  /** Roadmap milestones a coach verified (their titles). */
  verifiedMilestones: string[];
  /** Projects and certifications a coach verified. */
  verifiedRecords: number;
};

export type CredentialInput = {
  /** The badge's id (a UUID). */
  id: string;
  origin: string;
  issuedAt: Date;
  target: BadgeTarget;
  /** The milestones the target asks for, each with what counts toward it. */
  criteria: { title: string; description: string }[];
  subject: { email: string; name: string | null; salt: string };
  evidence: EvidenceSummary;
  /** The learner's public profile, when it is public at issue time. */
  publicProfileUrl: string | null;
};

/** The credential's JSON (what is signed), typed loosely: its schema is 1EdTech's. */
export type OpenBadgeCredential = {
  "@context": string[];
  id: string;
  type: string[];
  name: string;
  description: string;
  issuer: { id: string; type: string[]; name: string; url: string; description?: string };
  validFrom: string;
  awardedDate: string;
  credentialSubject: {
    type: string[];
    identifier: {
      type: "IdentityObject";
      hashed: boolean;
      identityHash: string;
      identityType: string;
      salt?: string;
    }[];
    achievement: {
      id: string;
      type: string[];
      achievementType: string;
      name: string;
      description: string;
      criteria: { id?: string; narrative: string };
      image: { id: string; type: "Image"; caption?: string };
    };
  };
  evidence: {
    id?: string;
    type: string[];
    name: string;
    description?: string;
    narrative: string;
  }[];
  credentialSchema: { id: string; type: string }[];
  credentialStatus: { id: string; type: string };
  [key: string]: unknown;
};

/** The verification page of a badge: also the credential's `id`. */
export const badgePageUrl = (origin: string, id: string) => `${origin}/badges/${id}`;
/** The issuer's status endpoint for a badge (the public API answer). */
export const badgeStatusUrl = (origin: string, id: string) => `${origin}/api/v1/badges/${id}`;
/** The issuer's Profile document. */
export const issuerUrl = (origin: string) => `${origin}/api/v1/badges/issuer`;

/** `sha256$<hex>` of the identity followed by the salt (the spec's IdentityHash, UTF-8). */
export function identityHash(identity: string, salt: string): string {
  return `sha256$${createHash("sha256")
    .update(identity + salt, "utf8")
    .digest("hex")}`;
}

/** An email as it is hashed: trimmed and lower-cased, so a verifier can repeat it. */
export const normalizedEmail = (email: string) => email.trim().toLowerCase();

/** "2026-12-06T01:23:43Z": the spec's DateTimeZ, without milliseconds. */
export const dateTimeZ = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

export function badgeName(target: BadgeTarget): string {
  return target.kind === "tier"
    ? `Tier ${target.number} · ${target.name}`
    : `Specialization: ${target.name}`;
}

export function issuerProfile(origin: string) {
  return {
    id: issuerUrl(origin),
    type: ["Profile"],
    name: ISSUER_NAME,
    url: origin,
    description:
      "Epoch tracks the path to AI/ML engineer: it evaluates a learner's records against objective career tiers.",
  };
}

function criteriaNarrative(input: CredentialInput): string {
  const lines = input.criteria.map((c) => `- **${c.title}**: ${c.description}`);
  const head =
    input.target.kind === "tier"
      ? input.target.number > 1
        ? `Holds every earlier tier of Epoch's AI/ML engineer roadmap, and meets each milestone of tier ${input.target.number} (${input.target.name}):`
        : `Meets each milestone of tier 1 (${input.target.name}) of Epoch's AI/ML engineer roadmap:`
      : `Meets each milestone of the ${input.target.name} track of Epoch's AI/ML engineer roadmap:`;
  return [head, "", ...lines].join("\n");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function evidenceOf(input: CredentialInput): OpenBadgeCredential["evidence"] {
  const e = input.evidence;
  const items: OpenBadgeCredential["evidence"] = [
    {
      type: ["Evidence"],
      name: "Skill levels",
      description:
        "Self-rated on Epoch's scale of 0 (none) to 4 (expert) when the badge was issued.",
      narrative: e.skills.length
        ? e.skills.map((s) => `- ${s.name}: ${s.level} (${s.levelName.toLowerCase()})`).join("\n")
        : "No skill rated yet.",
    },
    {
      type: ["Evidence"],
      name: "Study time",
      narrative: `${plural(e.hoursLogged, "hour")} of study logged.`,
    },
    {
      type: ["Evidence"],
      name: "Shipped projects",
      narrative:
        `${plural(e.shippedProjects, "portfolio project")} shipped.` +
        (e.shippedProjectTitles?.length
          ? `\n\n${e.shippedProjectTitles.map((t) => `- ${t}`).join("\n")}`
          : ""),
    },
    {
      type: ["Evidence"],
      name: "Coach verifications",
      description: "Work a coach reviewed and verified on Epoch.",
      narrative:
        `${plural(e.verifiedMilestones.length, "milestone")} and ${plural(e.verifiedRecords, "record")} (projects, certifications) verified by a coach.` +
        (e.verifiedMilestones.length
          ? `\n\n${e.verifiedMilestones.map((t) => `- ${t}`).join("\n")}`
          : ""),
    },
  ];
  if (input.publicProfileUrl)
    items.push({
      id: input.publicProfileUrl,
      type: ["Evidence"],
      name: "Public profile",
      description: "The learner's public profile on Epoch, as it is today.",
      narrative: `The learner's records are shown at ${input.publicProfileUrl}.`,
    });
  return items;
}

/** The badge's image, inline (a data URI): the credential stands alone, nothing to host. */
export function badgeImage(target: BadgeTarget): string {
  // A tier's number, or a star for a completed track; one colour per tier.
  const label = target.kind === "tier" ? `T${target.number}` : "★";
  const color =
    target.kind === "tier"
      ? (["#0f766e", "#4f46e5", "#7c3aed", "#b45309"][target.number - 1] ?? "#4f46e5")
      : "#b45309";
  // Cut to what fits before escaping, so no entity is cut in half.
  const escape = (s: string) => s.slice(0, 40).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const caption = target.name;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">` +
    `<polygon points="128,8 232,68 232,188 128,248 24,188 24,68" fill="${color}"/>` +
    `<polygon points="128,24 218,76 218,180 128,232 38,180 38,76" fill="none" stroke="#fff" stroke-width="4" opacity=".6"/>` +
    `<text x="128" y="128" text-anchor="middle" font-family="sans-serif" font-size="64" font-weight="700" fill="#fff">${label}</text>` +
    `<text x="128" y="168" text-anchor="middle" font-family="sans-serif" font-size="15" fill="#fff">${escape(caption)}</text>` +
    `<text x="128" y="196" text-anchor="middle" font-family="sans-serif" font-size="13" fill="#fff" opacity=".85">Epoch</text>` +
    `</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

export function buildCredential(input: CredentialInput): OpenBadgeCredential {
  const { origin, target } = input;
  const issued = dateTimeZ(input.issuedAt);
  const name = badgeName(target);
  const description = target.kind === "tier" ? target.context : target.summary;
  const anchor = target.kind === "tier" ? `tier-${target.number}` : `track-${target.slug}`;
  const identifier: OpenBadgeCredential["credentialSubject"]["identifier"] = [
    {
      type: "IdentityObject",
      hashed: true,
      identityHash: identityHash(normalizedEmail(input.subject.email), input.subject.salt),
      identityType: "emailAddress",
      salt: input.subject.salt,
    },
  ];
  if (input.subject.name)
    identifier.push({
      type: "IdentityObject",
      hashed: false,
      identityHash: input.subject.name,
      identityType: "name",
    });
  return {
    "@context": [VC_CONTEXT, OB_CONTEXT],
    id: badgePageUrl(origin, input.id),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name,
    description,
    issuer: issuerProfile(origin),
    validFrom: issued,
    awardedDate: issued,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier,
      achievement: {
        id: `${origin}/api/v1/roadmap#${anchor}`,
        type: ["Achievement"],
        achievementType: "Badge",
        name,
        description,
        criteria: { id: `${origin}/api/v1/roadmap#${anchor}`, narrative: criteriaNarrative(input) },
        image: { id: badgeImage(target), type: "Image", caption: name },
      },
    },
    evidence: evidenceOf(input),
    credentialSchema: [{ id: OB_SCHEMA_URL, type: "1EdTechJsonSchemaValidator2019" }],
    credentialStatus: { id: badgeStatusUrl(origin, input.id), type: "EpochBadgeStatus" },
  };
}

/** The JWT claims the VC-JWT proof adds to the credential (OB 3.0, "JSON Web Token Proof Format"). */
export function jwtClaimsOf(credential: OpenBadgeCredential) {
  return {
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
  };
}

/** LinkedIn's "add a certification" link, filled in for a badge. */
export function linkedInUrl(badge: {
  name: string;
  issuedAt: Date;
  url: string;
  id: string;
}): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: badge.name,
    organizationName: ISSUER_NAME,
    issueYear: String(badge.issuedAt.getUTCFullYear()),
    issueMonth: String(badge.issuedAt.getUTCMonth() + 1),
    certUrl: badge.url,
    certId: badge.id,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

/** `GET /api/v1/badges/issuer`: the issuer's Profile, with where its keys are published. */
export function issuerDocument(origin: string) {
  return {
    "@context": [VC_CONTEXT, OB_CONTEXT],
    ...issuerProfile(origin),
    // Not a term of the Open Badges context: where a verifier finds the keys `kid` names.
    jwks: `${origin}/.well-known/jwks.json`,
  };
}
