import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  certifications,
  milestoneAttestations,
  milestones,
  profiles,
  projects,
  reviewMessages,
  reviews,
} from "@/db/schema";
import { REVIEW_STATUSES } from "@/db/enums";
import { requireActor, type Actor } from "../policy";
import { progressOf, progressOfMany } from "../progress/progress";
import { getMe } from "../users/accounts";
import { verifiedRecordIds, type SubjectType } from "./coaching";

// What reviews are about: each listed review's subject and the learner's evidence for it,
// and the subjects the learner can ask a coach to review.

/** What a coach needs to judge a review's subject: its links, its state, the learner's evidence. */
export type ReviewSubject = {
  title: string;
  /** A project's repository, a certification's credential. */
  url: string | null;
  demoUrl: string | null;
  status: string | null;
  issuer: string | null;
  /** A milestone's standing for the learner (filled for the coach's queue). */
  milestone: {
    met: boolean;
    attested: boolean;
    verified: boolean;
    progress: { current: number; target: number };
    attestationNote: string | null;
  } | null;
};

/** A review as a page of them reads it, before its subject and thread are added. */
export type ReviewRow = {
  id: string;
  userId: string;
  coachId: string;
  subjectType: SubjectType;
  subjectId: string;
  status: (typeof REVIEW_STATUSES)[number];
  requestedAt: Date;
  decidedAt: Date | null;
  learnerName: string | null;
};

/** Each review with its subject (title, links, state) and its thread. */
export async function withSubjects(rows: ReviewRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const idsOf = (type: SubjectType) =>
    rows.filter((r) => r.subjectType === type).map((r) => r.subjectId);
  const [messages, milestoneTitles, projectTitles, certTitles] = await Promise.all([
    db
      .select({
        reviewId: reviewMessages.reviewId,
        authorId: reviewMessages.authorId,
        kind: reviewMessages.kind,
        body: reviewMessages.body,
        createdAt: reviewMessages.createdAt,
      })
      .from(reviewMessages)
      .where(inArray(reviewMessages.reviewId, ids))
      .orderBy(asc(reviewMessages.createdAt)),
    db
      .select({ id: milestones.id, title: milestones.title })
      .from(milestones)
      .where(inArray(milestones.id, idsOf("milestone"))),
    db
      .select({
        id: projects.id,
        title: projects.title,
        url: projects.repoUrl,
        demoUrl: projects.demoUrl,
        status: projects.status,
      })
      .from(projects)
      .where(inArray(projects.id, idsOf("project"))),
    db
      .select({
        id: certifications.id,
        title: certifications.name,
        url: certifications.credentialUrl,
        status: certifications.status,
        issuer: certifications.issuer,
      })
      .from(certifications)
      .where(inArray(certifications.id, idsOf("certification"))),
  ]);
  const subjects = new Map<string, ReviewSubject>();
  const blank = { url: null, demoUrl: null, status: null, issuer: null, milestone: null };
  for (const m of milestoneTitles) subjects.set(m.id, { ...blank, title: m.title });
  // The subject's own id is the review's subjectId: not repeated inside it.
  for (const { id, ...p } of projectTitles) subjects.set(id, { ...blank, ...p });
  for (const { id, ...c } of certTitles) subjects.set(id, { ...blank, ...c });
  return rows.map((r) => {
    const subject = subjects.get(r.subjectId) ?? { ...blank, title: "(removed)" };
    return {
      ...r,
      subjectTitle: subject.title,
      subject,
      thread: messages.filter((m) => m.reviewId === r.id),
    };
  });
}

/**
 * The learner's evidence for each milestone under review: its progress, whether it is met,
 * attested (with the learner's note) or verified. For the coach's own queue, whose learners
 * are their active mentees; one batch of evidence for all of them.
 */
export async function withMilestoneEvidence<
  R extends { userId: string; subjectType: string; subjectId: string; subject: ReviewSubject },
>(rows: R[]): Promise<R[]> {
  const asked = rows.filter((r) => r.subjectType === "milestone");
  if (asked.length === 0) return rows;
  const learnerIds = [...new Set(asked.map((r) => r.userId))];
  const [profileRows, notes] = await Promise.all([
    db
      .select({
        userId: profiles.userId,
        timezone: profiles.timezone,
        targetTrack: profiles.targetTrack,
        dataRevision: profiles.dataRevision,
      })
      .from(profiles)
      .where(inArray(profiles.userId, learnerIds)),
    db
      .select({
        userId: milestoneAttestations.userId,
        milestoneId: milestoneAttestations.milestoneId,
        note: milestoneAttestations.note,
      })
      .from(milestoneAttestations)
      .where(
        and(
          inArray(milestoneAttestations.userId, learnerIds),
          inArray(
            milestoneAttestations.milestoneId,
            asked.map((r) => r.subjectId),
          ),
        ),
      ),
  ]);
  const progress = await progressOfMany(profileRows);
  return rows.map((r) => {
    if (r.subjectType !== "milestone") return r;
    const m = progress.get(r.userId)?.milestones.find((x) => x.id === r.subjectId);
    if (!m) return r;
    const note = notes.find((n) => n.userId === r.userId && n.milestoneId === r.subjectId);
    return {
      ...r,
      subject: {
        ...r.subject,
        milestone: {
          met: m.met,
          attested: m.attested,
          verified: m.verified,
          progress: m.progress,
          attestationNote: note?.note ?? null,
        },
      },
    };
  });
}

/**
 * What the learner can ask a coach to review: what a coach could approve and that is not
 * already approved or waiting. Projects that exist beyond an idea (building or shipped),
 * certifications in progress or earned (a planned one has nothing to look at), and
 * milestones that are met or checked off and not yet verified (an unmet milestone has no
 * evidence yet). Subjects with an open request are left out too: asking twice adds nothing.
 */
export async function reviewableSubjects(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const me = await getMe(actor);
  const [progress, projectRows, certRows, verifiedRecords, open] = await Promise.all([
    progressOf(userId, me.profile.timezone, me.profile.targetTrack),
    db
      .select({ id: projects.id, title: projects.title, status: projects.status })
      .from(projects)
      .where(and(eq(projects.userId, userId), inArray(projects.status, ["building", "shipped"])))
      .orderBy(asc(projects.title))
      .limit(200),
    db
      .select({ id: certifications.id, name: certifications.name, status: certifications.status })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, userId),
          inArray(certifications.status, ["in_progress", "earned"]),
        ),
      )
      .orderBy(asc(certifications.name))
      .limit(200),
    verifiedRecordIds(userId),
    db
      .select({ subjectId: reviews.subjectId })
      .from(reviews)
      .where(and(eq(reviews.userId, userId), eq(reviews.status, "requested"))),
  ]);
  const waiting = new Set(open.map((o) => o.subjectId));
  const free = (id: string) => !verifiedRecords.has(id) && !waiting.has(id);
  return {
    projects: projectRows.filter((p) => free(p.id)),
    certifications: certRows.filter((c) => free(c.id)),
    milestones: progress.milestones
      .filter((m) => (m.met || m.attested) && !m.verified && !waiting.has(m.id))
      .map((m) => ({ id: m.id, title: m.title, tier: m.tier, track: m.track })),
  };
}
