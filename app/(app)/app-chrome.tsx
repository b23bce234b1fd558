"use client";

import Link from "next/link";
import { Logo } from "../components/ui";
import { ROADMAP_CHANGELOG } from "@/lib/roadmap/changelog";
import { NavLinks } from "./nav-links";
import { QuickLogButton, ShortcutsButton } from "./quick-log";
import { RoadmapUpdatedNotice } from "./roadmap-version";
import { signOutAction } from "./sign-out";

/*
 * The frame of every signed-in screen: the phone's top bar, the sidebar, the footer. A client
 * component although little here is interactive: an element a server component writes travels
 * twice (in the RSC payload, then as HTML) and costs ~6 µs a request, one a client component
 * writes ~1 µs. Written by the server, the frame cost every signed-in page 0.9 ms of server CPU;
 * as a client component, /notifications went from 5.8 to 5.3–5.4 ms a request (docs/PERFORMANCE.md,
 * "2026-12-06 afternoon: the never-cached dashboard in alternation, and what an element costs").
 * The page itself (`children`) stays server-rendered.
 */

/** The bell: unread notifications, linking to their page. */
function Bell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-lg hover:bg-zinc-100 dark:hover:bg-zinc-800"
      aria-label={unread ? `Notifications: ${unread} unread` : "Notifications"}
      data-testid="bell"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-bold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** The foot of every signed-in screen: the roadmap's content version, what it changed, the shortcuts. */
function Footer({ contentVersion }: { contentVersion: number }) {
  return (
    <footer className="mx-auto mt-auto w-full max-w-5xl px-4 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 border-t border-zinc-200 py-4 dark:border-zinc-800">
        <details className="group">
          <summary className="cursor-pointer rounded">
            Roadmap v{contentVersion} ·{" "}
            <span className="underline-offset-2 group-open:underline">What changed</span>
          </summary>
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {ROADMAP_CHANGELOG.map((e) =>
              e.changes.map((c) => (
                <li key={`${e.version}:${c}`}>
                  v{e.version}: {c}
                </li>
              )),
            )}
            <li>Your progress carries over when the roadmap changes.</li>
          </ul>
        </details>
        <ShortcutsButton />
      </div>
    </footer>
  );
}

function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded-lg px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Sign out
      </button>
    </form>
  );
}

export function AppChrome({
  name,
  email,
  userId,
  unread,
  contentVersion,
  children,
}: {
  name: string | null;
  email: string;
  userId: string;
  unread: number;
  contentVersion: number;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      {/* Phone: a top bar with a disclosure menu. */}
      <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="flex items-center justify-between px-4 py-3">
          <Logo />
          <div className="flex items-center gap-2">
            <QuickLogButton />
            <Bell unread={unread} />
            <details className="group relative">
              <summary className="cursor-pointer list-none rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium dark:border-zinc-700">
                Menu
              </summary>
              <nav
                aria-label="Main"
                className="absolute right-0 mt-2 w-72 rounded-xl border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
              >
                <NavLinks layout="menu" />
                <div className="mt-2 flex items-center justify-between border-t border-zinc-200 pt-2 dark:border-zinc-800">
                  <span className="truncate px-3 text-sm text-zinc-600 dark:text-zinc-400">
                    {name}
                  </span>
                  <SignOutButton />
                </div>
              </nav>
            </details>
          </div>
        </div>
      </header>
      {/* Desktop: a sidebar. */}
      <aside className="hidden border-r border-zinc-200 bg-zinc-50 lg:flex lg:min-h-dvh lg:flex-col dark:border-zinc-800 dark:bg-zinc-900/40">
        <div className="flex items-center justify-between px-5 py-5">
          <Logo />
          <Bell unread={unread} />
        </div>
        <div className="px-3 pb-3">
          <QuickLogButton className="w-full" />
        </div>
        <nav aria-label="Main" className="flex-1 px-3">
          <NavLinks layout="sidebar" />
        </nav>
        <div className="border-t border-zinc-200 px-3 py-3 dark:border-zinc-800">
          <p className="truncate px-3 text-sm font-medium">{name}</p>
          <p className="truncate px-3 pb-2 text-xs text-zinc-600 dark:text-zinc-400">{email}</p>
          <SignOutButton />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-10">
          <RoadmapUpdatedNotice userId={userId} />
          {children}
        </main>
        <Footer contentVersion={contentVersion} />
      </div>
    </div>
  );
}
