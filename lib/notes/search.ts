import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { milestones, notes, resources, skills } from "@/db/schema";
import { ownDataOf, type Actor } from "../policy";
import type { SubjectType } from "./schemas";
import { subjectIndex } from "./subjects";

/** One hit of the roadmap search: a milestone, a skill, or one of the learner's notes or resources. */
export type SearchHit = {
  kind: "milestone" | "skill" | "note" | "resource";
  subjectType: SubjectType;
  subjectId: string;
  /** The milestone or skill the hit is on. */
  subjectTitle: string;
  /** A short excerpt, with the matching words between « and » (plain text, never HTML). */
  excerpt: string;
};

/**
 * The words typed, as a prefix tsquery: "vect data" finds "vector databases". Only letters and
 * digits reach to_tsquery, so no input can be a tsquery syntax error. Null when nothing is left.
 */
export function prefixQuery(input: string): string | null {
  const words =
    input
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

const HEADLINE = "StartSel=«, StopSel=», MaxWords=18, MinWords=6, ShortWord=2, MaxFragments=1";

/**
 * PostgreSQL full-text search over the roadmap's milestones and skills (expression indexes on
 * their titles) and the actor's own notes and resources (generated tsvector columns with GIN
 * indexes, migration 0011). Nobody else's notes are ever searched: the query is scoped to the
 * owner the policy names.
 */
export async function searchRoadmap(actor: Actor | null, input: string): Promise<SearchHit[]> {
  const userId = ownDataOf(actor, "notes", "read");
  const q = prefixQuery(input);
  if (!q) return [];
  const rows = await db.execute<SearchHit & { rank: number }>(sql`
    with q as (select to_tsquery('english', ${q}) as query)
    select * from (
      select 'milestone' as kind, 'milestone' as "subjectType", m.id::text as "subjectId",
             m.title as "subjectTitle", m.title as excerpt,
             ts_rank(to_tsvector('english', m.title), q.query) + 1 as rank
        from ${milestones} m, q
       where m.retired_at is null and to_tsvector('english', m.title) @@ q.query
      union all
      select 'skill', 'skill', s.slug, s.name, s.name,
             ts_rank(to_tsvector('english', s.name), q.query) + 1
        from ${skills} s, q
       where s.retired_at is null and to_tsvector('english', s.name) @@ q.query
      union all
      select 'note', n.subject_type, n.subject_id, '',
             ts_headline('english', n.body, q.query, ${HEADLINE}), ts_rank(n.search, q.query)
        from ${notes} n, q
       where n.user_id = ${userId} and n.search @@ q.query
      union all
      select 'resource', r.subject_type, r.subject_id, '', r.title, ts_rank(r.search, q.query)
        from ${resources} r, q
       where r.user_id = ${userId} and r.search @@ q.query
    ) hits
    order by rank desc, kind, "subjectId"
    limit 30`);
  const titles = new Map<string, string>();
  for (const r of rows)
    if (r.subjectTitle) titles.set(`${r.subjectType}:${r.subjectId}`, r.subjectTitle);
  const missing = rows.filter((r) => !r.subjectTitle);
  if (missing.length) {
    const index = await subjectIndex();
    for (const r of missing) {
      const s = index.get(`${r.subjectType}:${r.subjectId}`);
      if (s) titles.set(`${r.subjectType}:${r.subjectId}`, s.title);
    }
  }
  return rows
    .filter((r) => titles.has(`${r.subjectType}:${r.subjectId}`))
    .map((hit) => ({
      kind: hit.kind,
      subjectType: hit.subjectType,
      subjectId: hit.subjectId,
      subjectTitle: titles.get(`${hit.subjectType}:${hit.subjectId}`)!,
      excerpt: hit.excerpt,
    }));
}
