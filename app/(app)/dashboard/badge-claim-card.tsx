import Link from "next/link";
import { Card } from "@/app/components/ui";
import { ClaimBadgeButton } from "../settings/badge-forms";

/** Offered while the learner holds a tier without having claimed its badge. */
export function BadgeClaimCard({ tier }: { tier: { number: number; name: string } }) {
  return (
    <Card title="Your badge is ready" className="lg:col-span-3" id="badge">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          You hold Tier {tier.number} · {tier.name}. Claim it as a verifiable Open Badges 3.0
          credential with a public page to share or add to LinkedIn.{" "}
          <Link href="/settings#badges" className="text-brand-700 underline dark:text-brand-300">
            Your badges
          </Link>
        </p>
        <ClaimBadgeButton tier={tier.number} label={`Claim your Tier ${tier.number} badge`} />
      </div>
    </Card>
  );
}
