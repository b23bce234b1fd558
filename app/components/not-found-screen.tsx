import Link from "next/link";
import { buttonClass, Logo, secondaryButtonClass } from "./ui";

/** A 404 in the app's own look: what was not found, and the ways back. */
export function NotFoundScreen({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="mx-auto flex w-full max-w-3xl items-center px-4 py-4">
        <Logo />
      </header>
      <main className="mx-auto flex w-full max-w-3xl flex-1 items-start px-4 pb-16 pt-8 sm:pt-16">
        <section
          aria-labelledby="not-found-title"
          className="w-full rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900"
          data-testid="not-found"
        >
          {/* The same sentence on every 404, so that it reads (and tests) as one. */}
          <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">
            404 · This page could not be found.
          </p>
          <h1 id="not-found-title" className="mt-2 text-2xl font-bold tracking-tight">
            {title}
          </h1>
          <div className="mt-3 space-y-2 text-zinc-700 dark:text-zinc-300">{children}</div>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/" className={buttonClass}>
              Go to the home page
            </Link>
            <Link href="/dashboard" className={secondaryButtonClass}>
              Your dashboard
            </Link>
          </div>
        </section>
      </main>
    </div>
  );
}
