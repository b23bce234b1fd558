import { and, desc, eq, inArray, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db, type Database, type Transaction } from "@/db/client";
import { NOTIFICATION_KINDS, NOTIFICATION_SUBJECT_TYPES } from "@/db/enums";
import { notifications, users } from "@/db/schema";
import { env } from "../env";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { requireActor, type Actor } from "../policy";

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification is about: acting on that subject marks the notification read. */
export type NotificationSubject = {
  type: (typeof NOTIFICATION_SUBJECT_TYPES)[number];
  id: string;
};

/**
 * Tells a user something: a row in the app (the bell), and an email when SMTP
 * is configured. Email is best effort: a mail failure never fails the action.
 */
export async function notify(
  tx: Database | Transaction,
  userId: string,
  kind: NotificationKind,
  title: string,
  link: string,
  subject?: NotificationSubject,
): Promise<void> {
  await tx
    .insert(notifications)
    .values({ userId, kind, title, link, subjectType: subject?.type, subjectId: subject?.id });
  if (env().SMTP_URL) void sendEmail(userId, title, link);
}

async function sendEmail(userId: string, title: string, link: string) {
  try {
    const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return;
    const { createTransport } = await import("nodemailer");
    const origin = env().APP_ORIGIN ?? "";
    await createTransport(env().SMTP_URL).sendMail({
      from: env().MAIL_FROM,
      to: user.email,
      subject: title,
      text: `${title}\n\n${origin}${link}\n\n— Epoch`,
    });
  } catch (error) {
    console.warn(
      `Email notification not sent: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The caller's notifications, newest first, and how many of all of them are unread. */
export async function listNotifications(actor: Actor | null, { limit, cursor }: PageQuery) {
  const { userId } = requireActor(actor);
  const conditions = [eq(notifications.userId, userId)];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  const [rows, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        link: notifications.link,
        subjectType: notifications.subjectType,
        subjectId: notifications.subjectId,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        sortKey: sql<string>`${notifications.createdAt}::text`,
      })
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1),
    db.execute<{ unread: number }>(sql`select ${unreadCountOf(userId)} as unread`),
  ]);
  const page = pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.id],
    (r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      link: r.link,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      createdAt: r.createdAt,
      readAt: r.readAt,
    }),
  );
  return { ...page, unread: unread?.unread ?? 0 };
}

/** The number of a user's unread notifications (the bell), as a scalar subquery. */
export function unreadCountOf(userId: string | SQLWrapper): SQL<number> {
  return sql<number>`(select count(*)::int from ${notifications}
    where ${notifications.userId} = ${userId} and ${notifications.readAt} is null)`;
}

/** Marks the given notifications (or all) read; only the caller's own. */
export async function markRead(actor: Actor | null, ids?: string[]): Promise<void> {
  const { userId } = requireActor(actor);
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids && ids.length ? inArray(notifications.id, ids) : undefined,
      ),
    );
}

/**
 * The user acted on a subject (decided the review, answered the invitation): what told
 * them about it is read now. Runs in the acting transaction.
 */
export async function markSubjectRead(
  tx: Database | Transaction,
  userId: string,
  subjectId: string,
): Promise<void> {
  await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.subjectId, subjectId),
        isNull(notifications.readAt),
      ),
    );
}
