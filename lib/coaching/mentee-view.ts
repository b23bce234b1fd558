import { and, desc, eq, gte } from "drizzle-orm";
import { db } from "@/db/client";
import {
  activities,
  activityDays,
  certifications,
  events,
  papers,
  profiles,
  projects,
  users,
} from "@/db/schema";
import { addDaysTo, todayIn, weekStart } from "../dates";
import { notFound } from "../errors";
import { UUID_PATTERN } from "../ids";
import { assertAccess, assertActiveCoach, requireActor, type Actor } from "../policy";
import { certificationState } from "../records/kinds";
import { isActiveCoach, milestoneVerificationsOf, verifiedRecordIds } from "./coaching";
import { progressOf } from "../progress/progress";
import { sharedResourcesOf } from "../notes/notes";
import { everyItem } from "../pagination";
import { badgesSeenBy } from "../badges/badges";
import { subjectIndex } from "../notes/subjects";

/**
 * Everything a coach sees of a mentee, read-only: their tier and milestones,
 * their records and recent study. 404 unless the coaching link is active.
 */
export async function getMenteeView(actor: Actor | null, menteeId: string) {
  const a = requireActor(actor);
  // A page's path parameter, unparsed: not a UUID is no one's id (PostgreSQL would refuse it: 500).
  if (!UUID_PATTERN.test(menteeId)) throw notFound();
  const ties = { activeCoach: await isActiveCoach(a.userId, menteeId) };
  assertActiveCoach(ties.activeCoach);
  assertAccess(a, menteeId, "records", "read", {}, ties);
  assertAccess(a, menteeId, "activity", "read", {}, ties);
  const [who] = await db
    .select({
      name: users.name,
      headline: profiles.headline,
      timezone: profiles.timezone,
      targetTrack: profiles.targetTrack,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, menteeId));
  if (!who) throw notFound();
  const today = todayIn(who.timezone);
  const since = addDaysTo(weekStart(today), -7 * 7);
  const byUser = <T extends { userId: unknown }>(t: T) => eq(t.userId as never, menteeId);
  const [
    progress,
    recent,
    days,
    projectRows,
    certRows,
    paperRows,
    eventRows,
    verified,
    verifications,
    sharedResources,
    subjects,
    badgeList,
  ] = await Promise.all([
    progressOf(menteeId, who.timezone, who.targetTrack),
    db
      .select()
      .from(activities)
      .where(byUser(activities))
      .orderBy(desc(activities.date), desc(activities.createdAt))
      .limit(20),
    db
      .select()
      .from(activityDays)
      .where(and(byUser(activityDays), gte(activityDays.date, since))),
    db.select().from(projects).where(byUser(projects)).orderBy(desc(projects.updatedAt)).limit(50),
    db
      .select()
      .from(certifications)
      .where(byUser(certifications))
      .orderBy(desc(certifications.updatedAt))
      .limit(50),
    db.select().from(papers).where(byUser(papers)).orderBy(desc(papers.updatedAt)).limit(50),
    db.select().from(events).where(byUser(events)).orderBy(desc(events.date)).limit(50),
    verifiedRecordIds(menteeId),
    milestoneVerificationsOf(menteeId),
    // Only what the mentee marked "shared with my coach" (lib/policy.ts, "notes").
    everyItem((page) => sharedResourcesOf(a, menteeId, ties.activeCoach, page)),
    subjectIndex(),
    badgesSeenBy(a, menteeId, {}, ties),
  ]);
  const weeks = Array.from({ length: 8 }, (_, i) => {
    const start = addDaysTo(since, 7 * i);
    const end = addDaysTo(start, 7);
    return {
      start,
      minutes: days
        .filter((d) => d.date >= start && d.date < end)
        .reduce((s, d) => s + d.minutes, 0),
    };
  });
  return {
    name: who.name,
    headline: who.headline,
    progress,
    weeks,
    recent,
    projects: projectRows.map((p) => ({ ...p, verified: verified.has(p.id) })),
    certifications: certRows.map((c) => ({
      ...c,
      ...certificationState(c, today),
      verified: verified.has(c.id),
    })),
    papers: paperRows,
    events: eventRows,
    /** Resource links the mentee shared, with the milestone or skill each is on. */
    sharedResources: sharedResources.map((r) => ({
      ...r,
      subjectTitle: subjects.get(`${r.subjectType}:${r.subjectId}`)?.title ?? null,
    })),
    /** The mentee's active Open Badges (lib/badges). */
    badges: badgeList,
    /** Who verified which milestone, when, with their note. */
    verifications: new Map(verifications.map((v) => [v.milestoneId, v])),
  };
}
