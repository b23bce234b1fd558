import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Badge, ExternalLink, formatDate } from "@/app/(app)/records/parts";
import { Card, Logo } from "@/app/components/ui";
import { AppError } from "@/lib/errors";
import { getPublicProfile } from "@/lib/profiles/public";
import { TIERS, TRACKS } from "@/lib/roadmap/content";

const load = cache(async (slug: string) => {
  try {
    return await getPublicProfile(null, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});

const tierLine = (tier: { number: number; name: string }) =>
  tier.number > 0 ? `Tier ${tier.number} · ${tier.name}` : "Getting started";

export async function generateMetadata({ params }: PageProps<"/u/[slug]">): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (!profile) return { title: "Profile not found" };
  const title = `${profile.name ?? "A learner"} — ${tierLine(profile.tier)}`;
  const description =
    profile.headline ??
    `${profile.shippedProjects.length} shipped projects, ${profile.earnedCertifications.length} certifications on the path to AI/ML engineer.`;
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: "profile",
      url: `/u/${profile.slug}`,
      siteName: "Epoch",
    },
    twitter: { card: "summary", title, description },
  };
}

export default async function PublicProfilePage({ params }: PageProps<"/u/[slug]">) {
  const profile = await load((await params).slug);
  if (!profile) notFound();
  const trackName = TRACKS.find((t) => t.slug === profile.track)?.name;
  // Only what the page shows anyway: shipped projects and earned certifications.
  const verifiedProjects = profile.shippedProjects.filter((p) => p.verified);
  const verifiedCertifications = profile.earnedCertifications.filter((c) => c.verified);
  return (
    <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
      <header className="mx-auto flex max-w-3xl items-center justify-between px-4 py-4">
        <Logo />
        <Link
          href="/sign-up"
          className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Track your own path
        </Link>
      </header>
      <main className="mx-auto max-w-3xl space-y-4 px-4 pb-12">
        <Card>
          <h1 className="text-2xl font-bold tracking-tight">{profile.name}</h1>
          {profile.headline ? (
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{profile.headline}</p>
          ) : null}
          <p className="mt-4 text-lg font-semibold text-brand-700 dark:text-brand-300">
            {tierLine(profile.tier)}
            {trackName ? ` · ${trackName}` : ""}
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {TIERS.find((t) => t.number === profile.tier.number)?.context ??
              "On the way to the first tier."}
          </p>
        </Card>
        <Card title="Shipped projects">
          {profile.shippedProjects.length ? (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {profile.shippedProjects.map((p, i) => (
                <li key={`${i}-${p.title}`} className="py-3">
                  <p className="font-medium">{p.title}</p>
                  {p.summary ? (
                    <p className="mt-1 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
                      {p.summary}
                    </p>
                  ) : null}
                  <div className="mt-1.5 flex flex-wrap gap-2 text-xs">
                    {p.verified ? <Badge tone="good">Coach-verified</Badge> : null}
                    {p.openSource ? <Badge tone="brand">Open source</Badge> : null}
                    {p.repoUrl ? <ExternalLink href={p.repoUrl}>Repository</ExternalLink> : null}
                    {p.demoUrl ? <ExternalLink href={p.demoUrl}>Demo</ExternalLink> : null}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No shipped projects yet.</p>
          )}
        </Card>
        <Card title="Certifications">
          {profile.earnedCertifications.length ? (
            <ul className="space-y-2">
              {profile.earnedCertifications.map((c) => (
                <li key={`${c.name}-${c.issuedOn}`} className="text-sm">
                  <span className="font-medium">{c.name}</span> · {c.issuer}{" "}
                  {c.verified ? <Badge tone="good">Coach-verified</Badge> : null}
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {c.issuedOn ? `Issued ${formatDate(c.issuedOn)}` : "Earned"}
                    {c.expiresOn ? ` · valid until ${formatDate(c.expiresOn)}` : ""}
                    {c.credentialUrl ? (
                      <>
                        {" · "}
                        <ExternalLink href={c.credentialUrl}>Credential</ExternalLink>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No certifications yet.</p>
          )}
        </Card>
        <Card title="Verified by a coach">
          {verifiedProjects.length ||
          verifiedCertifications.length ||
          profile.verifiedMilestones.length ? (
            <ul className="space-y-1 text-sm" data-testid="coach-verified">
              {profile.verifiedMilestones.map((m) => (
                <li key={m.id}>
                  <Badge tone="good">Verified</Badge> {m.title}{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">(tier {m.tier})</span>
                </li>
              ))}
              {verifiedProjects.map((p) => (
                <li key={`project-${p.title}`}>
                  <Badge tone="good">Verified</Badge> Project: {p.title}
                </li>
              ))}
              {verifiedCertifications.map((c) => (
                <li key={`certification-${c.name}-${c.issuedOn}`}>
                  <Badge tone="good">Verified</Badge> Certification: {c.name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing coach-verified yet.</p>
          )}
        </Card>
      </main>
    </div>
  );
}
