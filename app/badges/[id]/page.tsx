import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ExternalLink } from "@/app/(app)/records/parts";
import { Card, Logo } from "@/app/components/ui";
import { linkOrigin } from "@/lib/auth/password-reset";
import { getPublicBadge, type PublicBadge } from "@/lib/badges/badges";
import { badgePageUrl, ISSUER_NAME, issuerUrl, linkedInUrl } from "@/lib/badges/credential";
import { AppError } from "@/lib/errors";

/**
 * A badge's public verification page (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)"):
 * the server checks the signature with the issuer's published key, the Open Badges schema and
 * the status on every view, and says the result in plain words.
 */

const load = cache(async (id: string) => {
  try {
    return await getPublicBadge(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
const formatDay = (value: string | Date) => dateFormat.format(new Date(value));

function holderOf(badge: PublicBadge): string | null {
  const name = badge.credential.credentialSubject.identifier.find(
    (i) => i.identityType === "name" && !i.hashed,
  );
  return name?.identityHash ?? null;
}

function headline(badge: PublicBadge): string {
  if (!badge.verified) return "Not verified";
  return badge.status === "revoked" ? "Revoked" : "Verified";
}

export async function generateMetadata({ params }: PageProps<"/badges/[id]">): Promise<Metadata> {
  const { id } = await params;
  const badge = await load(id);
  if (!badge) return { title: "Badge not found" };
  const holder = holderOf(badge);
  const title = `${badge.credential.name}${holder ? ` — ${holder}` : ""}`;
  const description =
    badge.verified && badge.status === "active"
      ? `A verified Open Badges 3.0 credential issued by ${ISSUER_NAME} on ${formatDay(badge.credential.validFrom)}: ${badge.credential.description}`
      : `${headline(badge)}: an Open Badges 3.0 credential from ${ISSUER_NAME}.`;
  return {
    title,
    description,
    openGraph: { title, description, type: "website", url: `/badges/${id}`, siteName: "Epoch" },
    twitter: { card: "summary", title, description },
  };
}

/** Our own narratives ("- item" lines, "**title**:"), as text: no Markdown parser on the server. */
function Narrative({ text }: { text: string }) {
  return (
    <div className="space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
      {text.split(/\n{2,}/).map((block, i) => {
        const lines = block.split("\n");
        if (lines.every((l) => l.startsWith("- ")))
          return (
            <ul key={i} className="list-disc space-y-1 pl-5">
              {lines.map((l, j) => {
                const m = /^- \*\*(.+?)\*\*:?\s*(.*)$/.exec(l);
                return (
                  <li key={j}>
                    {m ? (
                      <>
                        <span className="font-medium text-zinc-900 dark:text-zinc-100">{m[1]}</span>
                        {m[2] ? `: ${m[2]}` : ""}
                      </>
                    ) : (
                      l.slice(2)
                    )}
                  </li>
                );
              })}
            </ul>
          );
        return <p key={i}>{block}</p>;
      })}
    </div>
  );
}

const linkClass = "font-semibold text-brand-700 underline dark:text-brand-300";

export default async function BadgePage({ params }: PageProps<"/badges/[id]">) {
  const { id } = await params;
  const badge = await load(id);
  if (!badge) notFound();
  const origin = linkOrigin(await headers());
  const { credential, verification } = badge;
  const achievement = credential.credentialSubject.achievement;
  const holder = holderOf(badge);
  const issuedOn = formatDay(credential.validFrom);
  const active = badge.status === "active";
  const tone = !badge.verified
    ? "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    : active
      ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
      : "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100";
  const profile = credential.evidence.find((e) => e.name === "Public profile")?.id;
  const evidence = credential.evidence.filter((e) => e.name !== "Public profile");
  const url = badgePageUrl(origin, id);

  return (
    <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
      <header className="mx-auto flex max-w-3xl items-center justify-between px-4 py-4">
        <Logo />
        <Link href="/sign-up" className={`text-sm ${linkClass}`}>
          Track your own path
        </Link>
      </header>
      <main className="mx-auto max-w-3xl space-y-4 px-4 pb-12">
        <Card>
          <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
            {/* eslint-disable-next-line @next/next/no-img-element -- the credential's own data URI */}
            <img
              src={achievement.image.id}
              alt={`${achievement.name} badge`}
              width={112}
              height={112}
              className="h-28 w-28 shrink-0"
            />
            <div className="min-w-0">
              <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">
                Open Badges 3.0 credential
              </p>
              <h1 className="text-2xl font-bold tracking-tight">{achievement.name}</h1>
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">{achievement.description}</p>
              <p className="mt-2 text-sm">
                {holder ? (
                  <>
                    Awarded to <span className="font-semibold">{holder}</span> by{" "}
                  </>
                ) : (
                  "Issued by "
                )}
                <span className="font-semibold">{credential.issuer.name}</span> on {issuedOn}.
              </p>
            </div>
          </div>

          <div
            className={`mt-5 rounded-lg border px-4 py-3 ${tone}`}
            role="status"
            data-testid="verification"
          >
            <p className="text-lg font-bold">{headline(badge)}</p>
            {!badge.verified ? (
              <p className="mt-1 text-sm">
                This credential does not check out: {verification.problems.join(" ")} Do not rely on
                it.
              </p>
            ) : active ? (
              <p className="mt-1 text-sm">
                {ISSUER_NAME} issued this badge{holder ? ` to ${holder}` : ""} on {issuedOn}. Its
                signature checks with {ISSUER_NAME}&apos;s published key, it is a well-formed Open
                Badges 3.0 credential, and its holder has not revoked it.
              </p>
            ) : (
              <p className="mt-1 text-sm">
                {ISSUER_NAME} did issue this badge on {issuedOn}, but its holder revoked it on{" "}
                {formatDay(badge.revokedAt!)}. It no longer stands.
              </p>
            )}
          </div>

          <ul className="mt-4 space-y-1 text-sm" aria-label="What was checked">
            <li>
              {verification.signature ? "✓" : "✗"} Signature:{" "}
              {verification.signature
                ? `valid, made with ${ISSUER_NAME}'s key ${verification.key!.id.slice(0, 12)}…${verification.key!.retired ? " (since retired; still published, so badges it signed stay verifiable)" : ""}`
                : "does not check with any key the issuer publishes"}
            </li>
            <li>
              {verification.schema ? "✓" : "✗"} Format:{" "}
              {verification.schema
                ? "matches 1EdTech's Open Badges 3.0 schema"
                : "does not match the Open Badges 3.0 schema"}
            </li>
            <li>
              {active ? "✓" : "✗"} Status:{" "}
              {active ? "active" : `revoked on ${formatDay(badge.revokedAt!)}`}
            </li>
            <li>
              Valid from {issuedOn}. The badge records what was true that day: a tier held then
              stays on it even if, say, a certification has expired since.
            </li>
          </ul>
        </Card>

        <Card title="What it takes">
          <Narrative text={achievement.criteria.narrative} />
        </Card>

        <Card title={`The evidence on ${issuedOn}`}>
          <dl className="space-y-4">
            {evidence.map((e) => (
              <div key={e.name}>
                <dt className="text-sm font-semibold">{e.name}</dt>
                <dd className="mt-1">
                  <Narrative text={e.narrative} />
                </dd>
              </div>
            ))}
          </dl>
          {profile ? (
            <p className="mt-4 text-sm">
              <ExternalLink href={profile}>The learner&apos;s public profile</ExternalLink>, as it
              is today.
            </p>
          ) : null}
        </Card>

        <Card title="Share and download">
          <ul className="space-y-2 text-sm">
            {badge.verified && active ? (
              <li>
                <a
                  href={linkedInUrl({
                    name: credential.name,
                    issuedAt: new Date(credential.validFrom),
                    url,
                    id,
                  })}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={linkClass}
                >
                  Add to LinkedIn
                </a>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  (as a certification, linking back here)
                </span>
              </li>
            ) : null}
            <li>
              <a href={`/badges/${id}/credential.json`} download className={linkClass}>
                Download the credential (.json)
              </a>
            </li>
            <li>
              <a href={`/badges/${id}/credential.jwt`} download className={linkClass}>
                Download the signed credential (.jwt)
              </a>
            </li>
          </ul>
          <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
            Verify it yourself: the .jwt is a VC-JWT whose header names its key; {ISSUER_NAME}{" "}
            publishes its keys at{" "}
            <a href="/.well-known/jwks.json" className="underline">
              /.well-known/jwks.json
            </a>{" "}
            and its issuer profile at{" "}
            <a href={issuerUrl("")} className="underline">
              {issuerUrl("")}
            </a>
            .
          </p>
        </Card>
      </main>
    </div>
  );
}
