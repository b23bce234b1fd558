import Link from "next/link";
import { Alert, buttonClass, Logo, secondaryButtonClass } from "./components/ui";
import { LEARNING_PATHS, TIERS, TRACKS } from "@/lib/roadmap/content";

const AUDIENCES = [
  {
    title: "Learners",
    text: "Rate your skills, log study time, record certifications, projects, papers and events — and see the tier that evidence earns you, with the next steps to the one after.",
  },
  {
    title: "Bootcamp cohorts",
    text: "Share one dashboard: tier distribution, hours per week, who is stuck where. Every member chooses what the cohort sees.",
  },
  {
    title: "Coaches",
    text: "Follow your mentees' progress read-only, work through a review queue, and verify the milestones they reach.",
  },
];

export default async function LandingPage({ searchParams }: PageProps<"/">) {
  const deleted = (await searchParams).deleted === "1";
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-4 py-4 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          <Link
            href="/sign-in"
            className="rounded-lg px-3 py-2 text-sm font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            Sign in
          </Link>
          <Link href="/sign-up" className={buttonClass}>
            Get started
          </Link>
        </nav>
      </header>

      <main className="flex-1">
        {deleted ? (
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <Alert tone="success">Your account and everything in it have been deleted.</Alert>
          </div>
        ) : null}
        <section className="mx-auto max-w-6xl px-4 pb-16 pt-12 sm:px-6 sm:pt-20">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">
            The AI/ML engineer roadmap, made trackable
          </p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            Know where you stand on the path to AI/ML engineer — and what to do next.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">
            The AI market is growing at a projected 37.3% a year through 2030, and the path into it
            is both more open and more complex than ever. Epoch turns the roadmap — Python and the
            frameworks, data and cloud, the mathematics, projects, certifications, papers and the
            professional skills — into career tiers you earn with evidence.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClass}>
              Create your free account
            </Link>
            <Link href="/sign-in" className={secondaryButtonClass}>
              I have an account
            </Link>
          </div>
        </section>

        <section
          aria-labelledby="tiers-heading"
          className="border-y border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/50"
        >
          <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
            <h2 id="tiers-heading" className="text-2xl font-bold tracking-tight">
              Four tiers, earned with evidence
            </h2>
            <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              {TIERS.map((tier) => (
                <li
                  key={tier.number}
                  className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">
                    Tier {tier.number}
                  </p>
                  <h3 className="mt-1 font-semibold">{tier.name}</h3>
                  <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{tier.context}</p>
                </li>
              ))}
            </ol>
            <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
              Specialize in tier 4 as{" "}
              {TRACKS.map((t) => t.name)
                .join(", ")
                .replace(/, ([^,]*)$/, " or $1")}
              .
            </p>
          </div>
        </section>

        <section aria-labelledby="who-heading" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="who-heading" className="text-2xl font-bold tracking-tight">
            Who it is for
          </h2>
          <div className="mt-6 grid gap-4 md:grid-cols-3">
            {AUDIENCES.map((a) => (
              <div
                key={a.title}
                className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
              >
                <h3 className="font-semibold">{a.title}</h3>
                <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{a.text}</p>
              </div>
            ))}
          </div>
        </section>

        <section aria-labelledby="paths-heading" className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
          <h2 id="paths-heading" className="text-2xl font-bold tracking-tight">
            Every learning path counts
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            {LEARNING_PATHS.map((p) => (
              <li
                key={p.slug}
                className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
              >
                <h3 className="font-semibold">{p.name}</h3>
                <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{p.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>

      <footer className="border-t border-zinc-200 py-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        Epoch · roadmap content from “Mastering the Journey to Become an AI/ML Engineer” ·{" "}
        <a className="underline" href="/api/v1/openapi.json">
          API
        </a>
      </footer>
    </div>
  );
}
