import { and, eq, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  calendarFeeds,
  certifications,
  cohortMembers,
  cohortMilestones,
  cohorts,
  events,
  profiles,
  users,
} from "@/db/schema";
import { todayIn } from "../dates";
import { assertCalendarFeedSecret, ownDataOf, type Actor } from "../policy";
import { knownTimeZoneOrUtc } from "../users/timezone";
import { renderFeed, type FeedItem } from "./ics";
import { feedIdOf, feedSecret } from "./secret";

/**
 * A learner's private calendar feed (docs/DECISIONS.md, "Calendar feed"): its secret URL, made
 * on first asking, rotated on demand, and the feed that URL answers with: the learner's events,
 * the due dates of their cohorts' own milestones and the expiry dates of their earned
 * certifications, every one a whole day.
 */

/** The path of a feed's URL; the route is app/calendar/[[...path]]/route.ts. */
export const feedPath = (feedId: string) => `/calendar/${feedSecret(feedId)}.ics`;

/** The secret a feed path carries (`<secret>.ics`), or null when it is not shaped like one. */
export function secretInPath(segments: readonly string[] | undefined): string | null {
  if (segments?.length !== 1) return null;
  const match = /^([A-Za-z0-9_-]{1,100})\.ics$/.exec(segments[0]!);
  return match ? match[1]! : null;
}

/** The caller's feed URL, making the feed on first asking. */
export async function myCalendarFeed(
  actor: Actor | null,
  origin: string,
): Promise<{ url: string }> {
  const userId = ownDataOf(actor, "calendar", "read");
  const read = () =>
    db
      .select({ feedId: calendarFeeds.feedId })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId));
  let [feed] = await read();
  if (!feed) {
    // Two first visits at once make one feed: the second insert does nothing and reads it.
    [feed] = await db
      .insert(calendarFeeds)
      .values({ userId })
      .onConflictDoNothing()
      .returning({ feedId: calendarFeeds.feedId });
    feed ??= (await read())[0];
  }
  return { url: origin + feedPath(feed!.feedId) };
}

/** A new URL for the caller's feed: the old one answers 404 from this moment. */
export async function rotateCalendarFeed(
  actor: Actor | null,
  origin: string,
): Promise<{ url: string }> {
  const userId = ownDataOf(actor, "calendar", "write");
  const [feed] = await db
    .insert(calendarFeeds)
    .values({ userId })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { feedId: sql`excluded.feed_id`, createdAt: sql`excluded.created_at` },
    })
    .returning({ feedId: calendarFeeds.feedId });
  return { url: origin + feedPath(feed!.feedId) };
}

/** Who owns the feed a secret names: a malformed or forged secret is refused before any query. */
async function feedOwner(secret: string) {
  const feedId = feedIdOf(secret);
  if (!feedId) return null;
  const [owner] = await db
    .select({ userId: users.id, name: users.name, timezone: profiles.timezone })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .leftJoin(profiles, eq(profiles.userId, calendarFeeds.userId))
    .where(eq(calendarFeeds.feedId, feedId));
  return owner ?? null;
}

/**
 * What a feed shows, in three statements run side by side, each on an index that leads with the
 * learner (events_user_date_idx, certifications_user_idx, cohort_members' primary key, then
 * cohort_milestones_cohort_idx).
 */
async function feedItems(userId: string): Promise<FeedItem[]> {
  const [eventRows, certificationRows, milestoneRows] = await Promise.all([
    db
      .select({
        id: events.id,
        title: events.title,
        kind: events.kind,
        date: events.date,
        url: events.url,
        updatedAt: events.updatedAt,
      })
      .from(events)
      .where(eq(events.userId, userId)),
    db
      .select({
        id: certifications.id,
        name: certifications.name,
        issuer: certifications.issuer,
        expiresOn: certifications.expiresOn,
        updatedAt: certifications.updatedAt,
      })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, userId),
          eq(certifications.status, "earned"),
          isNotNull(certifications.expiresOn),
        ),
      ),
    // Every cohort the learner belongs to, whatever their role: an organizer or cohort coach
    // wants the due dates of the cohort they run as much as its members do.
    db
      .select({
        id: cohortMilestones.id,
        title: cohortMilestones.title,
        description: cohortMilestones.description,
        dueOn: cohortMilestones.dueOn,
        updatedAt: cohortMilestones.updatedAt,
        cohortName: cohorts.name,
        cohortSlug: cohorts.slug,
      })
      .from(cohortMembers)
      .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
      .innerJoin(cohortMilestones, eq(cohortMilestones.cohortId, cohortMembers.cohortId))
      .where(and(eq(cohortMembers.userId, userId), isNotNull(cohortMilestones.dueOn))),
  ]);
  return [
    ...eventRows.map((e): FeedItem => ({ type: "event", ...e })),
    ...certificationRows.map((c): FeedItem => ({
      type: "certification-expiry",
      ...c,
      expiresOn: c.expiresOn!,
    })),
    ...milestoneRows.map((m): FeedItem => ({ type: "cohort-milestone", ...m, dueOn: m.dueOn! })),
  ];
}

/** The feed a secret opens, as iCalendar text; not found for anything but a live secret. */
export async function calendarFeedText(secret: string, origin: string): Promise<string> {
  const owner = await feedOwner(secret);
  const userId = assertCalendarFeedSecret(owner?.userId ?? null);
  const items = await feedItems(userId);
  return renderFeed({
    name: owner!.name ?? "Learner",
    today: todayIn(knownTimeZoneOrUtc(owner!.timezone ?? "UTC")),
    origin,
    items,
  });
}
