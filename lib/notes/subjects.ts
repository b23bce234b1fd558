import { notFound } from "../errors";
import { getRoadmap } from "../roadmap/queries";
import type { SubjectType } from "./schemas";

/** What a note or resource is on: a milestone or a skill, with the name people read. */
export type Subject = { type: SubjectType; id: string; title: string };

/** Every milestone and skill of the roadmap as loaded, by `<type>:<id>`. */
export async function subjectIndex(): Promise<Map<string, Subject>> {
  const roadmap = await getRoadmap();
  const index = new Map<string, Subject>();
  for (const m of [...roadmap.tiers, ...roadmap.tracks].flatMap((g) => g.milestones)) {
    index.set(`milestone:${m.id}`, { type: "milestone", id: m.id, title: m.title });
  }
  for (const s of roadmap.skillAreas.flatMap((a) => a.skills)) {
    index.set(`skill:${s.slug}`, { type: "skill", id: s.slug, title: s.name });
  }
  return index;
}

/** The subject, or 404 for one the roadmap does not have (retired ones included). */
export async function requireSubject(type: SubjectType, id: string): Promise<Subject> {
  const subject = (await subjectIndex()).get(`${type}:${id}`);
  if (!subject) throw notFound(type === "milestone" ? "Milestone" : "Skill");
  return subject;
}

/** Whether the subject exists, for a body field (422 rather than 404). */
export async function isKnownSubject(type: SubjectType, id: string): Promise<boolean> {
  return (await subjectIndex()).has(`${type}:${id}`);
}
