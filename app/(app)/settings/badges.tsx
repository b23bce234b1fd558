import Link from "next/link";
import { Badge, Card } from "@/app/components/ui";
import { listMyBadges } from "@/lib/badges/badges";
import { everyItem } from "@/lib/pagination";
import type { Actor } from "@/lib/policy";
import { getMyProgress } from "@/lib/progress/progress";
import { TIERS, TRACKS } from "@/lib/roadmap/content";
import { ClaimBadgeButton, RevokeBadgeButton } from "./badge-forms";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

const badgeName = (b: { tier: number | null; track: string | null }) =>
  b.tier !== null
    ? `Tier ${b.tier} · ${TIERS.find((t) => t.number === b.tier)?.name ?? ""}`
    : `Specialization: ${TRACKS.find((t) => t.slug === b.track)?.name ?? b.track}`;

/**
 * Settings → Badges (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)"): the learner's
 * Open Badges, each with its public page and a revoke button, and the ones they may claim.
 */
export async function BadgesSection({ actor }: { actor: Actor }) {
  // Paths are relative here: the list's `url` is for the API; the page links within the site.
  const [items, progress] = await Promise.all([
    everyItem((page) => listMyBadges(actor, "", page)),
    getMyProgress(actor),
  ]);
  const claimedTiers = new Set(items.map((b) => b.tier));
  const claimedTracks = new Set(items.map((b) => b.track));
  const claimable = [
    ...TIERS.filter((t) => t.number <= progress.tier.number && !claimedTiers.has(t.number)).map(
      (t) => ({
        key: `tier-${t.number}`,
        tier: t.number,
        label: `Claim Tier ${t.number} · ${t.name}`,
      }),
    ),
    ...TRACKS.filter(
      (t) =>
        !claimedTracks.has(t.slug) &&
        progress.milestones.some((m) => m.track === t.slug) &&
        progress.milestones.filter((m) => m.track === t.slug).every((m) => m.met),
    ).map((t) => ({ key: `track-${t.slug}`, track: t.slug, label: `Claim ${t.name}` })),
  ];
  return (
    <Card title="Badges" id="badges">
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Verifiable Open Badges 3.0 credentials for the tiers you hold and the tracks you complete.
        Each has a public page that anyone can check; add it to LinkedIn from there.
      </p>
      {claimable.length ? (
        <div className="mb-4 flex flex-wrap gap-3" data-testid="claimable-badges">
          {claimable.map(({ key, label, ...target }) => (
            <ClaimBadgeButton key={key} label={label} secondary {...target} />
          ))}
        </div>
      ) : null}
      {items.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Your badges">
          {items.map((b) => {
            const name = badgeName(b);
            return (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/badges/${b.id}`}
                    className="text-sm font-medium text-brand-700 underline dark:text-brand-300"
                  >
                    {name}
                  </Link>{" "}
                  {b.revokedAt ? (
                    <Badge tone="bad">Revoked</Badge>
                  ) : (
                    <Badge tone="good">Active</Badge>
                  )}
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    Issued {dateFormat.format(new Date(b.issuedAt))}
                    {b.revokedAt ? ` · revoked ${dateFormat.format(new Date(b.revokedAt))}` : ""}
                  </p>
                </div>
                {b.revokedAt ? null : <RevokeBadgeButton id={b.id} name={name} />}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {claimable.length
            ? "No badge claimed yet."
            : "No badge yet: reach tier 1 (Foundations) to claim your first."}
        </p>
      )}
    </Card>
  );
}
