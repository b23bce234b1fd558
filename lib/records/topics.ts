import { TRACKS } from "../roadmap/content";

/**
 * A paper's topic is one of the track slugs (or none): that is what the
 * track milestones count. Text from elsewhere (an older export, another
 * tool) is read the way migration 0009 read the stored topics: a track named
 * by its slug or its name, in any case, becomes that slug; anything else is
 * kept in the paper's notes rather than lost or refused.
 */
export function paperTopicFromText(
  topic: string | null | undefined,
  notes: string | null | undefined,
): { topic: string | null; notes: string | null } {
  const text = topic?.trim() ?? "";
  const keptNotes = notes ?? null;
  if (!text) return { topic: null, notes: keptNotes };
  const wanted = text.toLowerCase();
  const track = TRACKS.find(
    (t) => t.slug.toLowerCase() === wanted || t.name.toLowerCase() === wanted,
  );
  if (track) return { topic: track.slug, notes: keptNotes };
  const line = `Topic: ${text}`;
  return {
    topic: null,
    notes: keptNotes === null || keptNotes.trim() === "" ? line : `${keptNotes}\n\nTopic: ${text}`,
  };
}
