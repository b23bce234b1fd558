import { and, desc, eq, gte, isNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { certifications, profiles, projects, users } from "@/db/schema";
import { todayIn } from "../dates";
import { notFound } from "../errors";
import { assertAccess, type Actor } from "../policy";
import { verifiedRecordIds } from "../coaching/coaching";
import { progressOf } from "../progress/progress";
import { learnerOfSlug } from "./slugs";

/**
 * A public profile: name, headline, tier, verified milestones, shipped projects
 * and earned (unexpired) certifications — nothing else. Not public: 404.
 */
export async function getPublicProfile(actor: Actor | null, slug: string) {
  // A page's path parameter, unparsed: PostgreSQL refuses U+0000 in text (a 500), and no slug has it.
  if (slug.includes("\u0000")) throw notFound("Profile");
  const userId = await learnerOfSlug(db, slug);
  if (!userId) throw notFound("Profile");
  const [owner] = await db
    .select({
      userId: users.id,
      name: users.name,
      headline: profiles.headline,
      slug: profiles.slug,
      publicProfile: profiles.publicProfile,
      timezone: profiles.timezone,
      targetTrack: profiles.targetTrack,
    })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(eq(profiles.userId, userId));
  if (!owner) throw notFound("Profile");
  // The public page shows the same to everyone, its owner included: only what is public.
  assertAccess(
    actor && actor.userId === owner.userId ? null : actor,
    owner.userId,
    "profile",
    "read",
    {
      publicProfile: owner.publicProfile,
    },
  );
  const today = todayIn(owner.timezone);
  const [progress, shipped, earned, verified] = await Promise.all([
    progressOf(owner.userId, owner.timezone, owner.targetTrack),
    db
      .select({
        id: projects.id,
        title: projects.title,
        summary: projects.summary,
        repoUrl: projects.repoUrl,
        demoUrl: projects.demoUrl,
        openSource: projects.openSource,
        track: projects.track,
      })
      .from(projects)
      .where(and(eq(projects.userId, owner.userId), eq(projects.status, "shipped")))
      .orderBy(desc(projects.updatedAt))
      .limit(50),
    db
      .select({
        id: certifications.id,
        name: certifications.name,
        issuer: certifications.issuer,
        issuedOn: certifications.issuedOn,
        expiresOn: certifications.expiresOn,
        credentialUrl: certifications.credentialUrl,
      })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, owner.userId),
          eq(certifications.status, "earned"),
          or(isNull(certifications.expiresOn), gte(certifications.expiresOn, today)),
        ),
      )
      .orderBy(desc(certifications.issuedOn))
      .limit(50),
    verifiedRecordIds(owner.userId),
  ]);
  return {
    name: owner.name,
    headline: owner.headline,
    slug: owner.slug!,
    tier: progress.tier,
    track: progress.tier.number === 4 ? progress.track : null,
    verifiedMilestones: progress.milestones
      .filter((m) => m.verified)
      .map((m) => ({ id: m.id, title: m.title, tier: m.tier, track: m.track })),
    // Record ids stay private; whether a coach verified each one is public.
    shippedProjects: shipped.map(({ id, ...p }) => ({ ...p, verified: verified.has(id) })),
    earnedCertifications: earned.map(({ id, ...c }) => ({ ...c, verified: verified.has(id) })),
  };
}

export type PublicProfile = Awaited<ReturnType<typeof getPublicProfile>>;
