import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { recordVerifications, users } from "@/db/schema";

/** The kinds of record a coach can verify. */
export const VERIFIABLE_KINDS = { projects: "project", certifications: "certification" } as const;
export type VerifiableKey = keyof typeof VERIFIABLE_KINDS;

export type RecordVerification = {
  verified: boolean;
  verifiedBy: { id: string; name: string | null } | null;
  verifiedAt: string | null;
};

const UNVERIFIED: RecordVerification = { verified: false, verifiedBy: null, verifiedAt: null };

export function isVerifiable(key: string): key is VerifiableKey {
  return key in VERIFIABLE_KINDS;
}

/**
 * Whether a coach verified each of these records of one learner, by whom and when: one
 * indexed read for a page of records. A coach whose account is gone leaves the verification
 * standing with no one named.
 */
export async function verificationsOf(
  key: VerifiableKey,
  userId: string,
  ids: string[],
): Promise<(id: string) => RecordVerification> {
  if (ids.length === 0) return () => UNVERIFIED;
  const rows = await db
    .select({
      subjectId: recordVerifications.subjectId,
      verifiedAt: recordVerifications.verifiedAt,
      coachId: users.id,
      coachName: users.name,
    })
    .from(recordVerifications)
    .leftJoin(users, eq(users.id, recordVerifications.verifiedBy))
    .where(
      and(
        eq(recordVerifications.userId, userId),
        eq(recordVerifications.subjectType, VERIFIABLE_KINDS[key]),
        inArray(recordVerifications.subjectId, ids),
      ),
    );
  const byId = new Map(
    rows.map((r) => [
      r.subjectId,
      {
        verified: true,
        verifiedBy: r.coachId ? { id: r.coachId, name: r.coachName } : null,
        verifiedAt: r.verifiedAt.toISOString(),
      },
    ]),
  );
  return (id) => byId.get(id) ?? UNVERIFIED;
}
