import { asc, eq } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { db } from "@/db/client";
import { badges, notes, resources, skillRatingHistory, skillRatings } from "@/db/schema";
import { credentialOfJwt } from "../badges/badges";
import { ownDataOf, type Actor } from "../policy";
import { RECORD_KIND_KEYS, RECORD_KINDS, type RecordKindKey } from "../records/kinds";
import { getMe } from "../users/accounts";
import { isVerifiable, verificationsOf } from "../records/verification";
import { safeCell } from "./csv";
import { EXPORT_FORMAT, EXPORT_VERSION } from "./document";

type Row = Record<string, unknown>;

/** A record as stored, without the owner column; timestamps as ISO strings. */
function plain(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === "userId") continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

async function rowsOf(key: RecordKindKey, userId: string): Promise<Row[]> {
  const kind = RECORD_KINDS[key];
  const t = kind.table;
  const rows = (await db
    .select()
    .from(t)
    .where(eq(t.userId, userId))
    .orderBy(asc(t.createdAt), asc(t.id))) as Row[];
  if (!isVerifiable(key)) return rows.map(plain);
  // A coach's verification is part of what the learner owns to read (import ignores it).
  const of = await verificationsOf(
    key,
    userId,
    rows.map((r) => String(r.id)),
  );
  return rows.map((r) => ({ ...plain(r), ...of(String(r.id)) }));
}

/** Everything the caller owns, as one document (the same shape `importAccount` reads). */
export async function exportAccount(actor: Actor | null) {
  const userId = ownDataOf(actor, "activity", "read");
  const me = await getMe(actor);
  const [skills, history, ...records] = await Promise.all([
    db
      .select({
        skill: skillRatings.skillSlug,
        level: skillRatings.level,
        updatedAt: skillRatings.updatedAt,
      })
      .from(skillRatings)
      .where(eq(skillRatings.userId, userId))
      .orderBy(asc(skillRatings.skillSlug)),
    db
      .select({
        skill: skillRatingHistory.skillSlug,
        level: skillRatingHistory.level,
        changedAt: skillRatingHistory.changedAt,
      })
      .from(skillRatingHistory)
      .where(eq(skillRatingHistory.userId, userId))
      .orderBy(
        asc(skillRatingHistory.changedAt),
        asc(skillRatingHistory.skillSlug),
        asc(skillRatingHistory.level),
      ),
    ...RECORD_KIND_KEYS.map((k) => rowsOf(k, userId)),
  ]);
  const [noteRows, resourceRows, badgeRows] = await Promise.all([
    db
      .select({
        subjectType: notes.subjectType,
        subjectId: notes.subjectId,
        body: notes.body,
        createdAt: notes.createdAt,
        updatedAt: notes.updatedAt,
      })
      .from(notes)
      .where(eq(notes.userId, userId))
      .orderBy(asc(notes.subjectType), asc(notes.subjectId)),
    db
      .select({
        id: resources.id,
        subjectType: resources.subjectType,
        subjectId: resources.subjectId,
        title: resources.title,
        url: resources.url,
        done: resources.done,
        sharedWithCoach: resources.sharedWithCoach,
        createdAt: resources.createdAt,
        updatedAt: resources.updatedAt,
      })
      .from(resources)
      .where(eq(resources.userId, userId))
      .orderBy(asc(resources.createdAt), asc(resources.id)),
    // The learner's Open Badges, as issued (not imported: a badge is the issuer's signed word).
    db
      .select({
        id: badges.id,
        tier: badges.tier,
        track: badges.track,
        issuedAt: badges.issuedAt,
        revokedAt: badges.revokedAt,
        jwt: badges.jwt,
      })
      .from(badges)
      .where(eq(badges.userId, userId))
      .orderBy(asc(badges.issuedAt), asc(badges.id)),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    account: { name: me.name, email: me.email },
    profile: me.profile,
    skills: skills.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() })),
    skillHistory: history.map((h) => ({ ...h, changedAt: h.changedAt.toISOString() })),
    ...(Object.fromEntries(RECORD_KIND_KEYS.map((k, i) => [k, records[i]!])) as Record<
      RecordKindKey,
      Row[]
    >),
    notes: noteRows.map(plain),
    resources: resourceRows.map(plain),
    badges: badgeRows.map((b) => ({
      ...plain(b),
      credential: credentialOfJwt(b.jwt),
    })),
  };
}

/** One kind of record (or the skill levels) as CSV with a header row. */
export async function exportCsv(
  actor: Actor | null,
  key: RecordKindKey | "skills",
): Promise<string> {
  const userId = ownDataOf(actor, "activity", "read");
  const rows: Row[] =
    key === "skills"
      ? (
          await db
            .select({
              skill: skillRatings.skillSlug,
              level: skillRatings.level,
              updatedAt: skillRatings.updatedAt,
            })
            .from(skillRatings)
            .where(eq(skillRatings.userId, userId))
            .orderBy(asc(skillRatings.skillSlug))
        ).map(plain)
      : await rowsOf(key, userId);
  const columns =
    key === "skills"
      ? ["skill", "level", "updatedAt"]
      : [
          "id",
          ...Object.keys(RECORD_KINDS[key].fields),
          "createdAt",
          "updatedAt",
          ...(isVerifiable(key) ? ["verified", "verifiedBy", "verifiedAt"] : []),
        ];
  const cell = (r: Row, c: string) =>
    c === "verifiedBy" ? ((r[c] as { name?: string | null } | null)?.name ?? "") : r[c];
  return stringify(
    rows.map((r) => columns.map((c) => safeCell(cell(r, c)))),
    { header: true, columns },
  );
}
