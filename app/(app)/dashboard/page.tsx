import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { TIERS, TRACKS } from "@/lib/roadmap/content";
import { getMe } from "@/lib/users/accounts";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await getMe(await requirePageActor("/dashboard"));
  const track = TRACKS.find((t) => t.slug === me.profile.targetTrack);
  const firstName = me.name?.split(" ")[0] ?? "there";

  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description="Your path to AI/ML engineer, at a glance." />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Your plan">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-zinc-600 dark:text-zinc-400">Target track</dt>
            <dd>{track?.name ?? "Not chosen yet"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Target date</dt>
            <dd>{me.profile.targetDate ?? "Not set"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Weekly goal</dt>
            <dd>{me.profile.weeklyHoursGoal} hours</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Time zone</dt>
            <dd>{me.profile.timezone}</dd>
          </dl>
          <Link href="/settings" className="mt-4 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300">
            Edit your plan
          </Link>
        </Card>
        <Card title="Your tier">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Your career tier will be computed from your skills and records — study hours, projects,
            certifications, papers and events — as soon as tier tracking ships. Until then, see what
            each tier asks for on the{" "}
            <Link href="/roadmap" className="font-semibold text-brand-700 underline dark:text-brand-300">
              roadmap
            </Link>
            .
          </p>
          <ol className="mt-4 space-y-2">
            {TIERS.map((t) => (
              <li key={t.number} className="flex gap-3 text-sm">
                <span className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-zinc-100 text-xs font-semibold dark:bg-zinc-800">
                  {t.number}
                </span>
                <span>
                  <span className="font-medium">{t.name}</span>
                  <span className="block text-zinc-600 dark:text-zinc-400">{t.context}</span>
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
