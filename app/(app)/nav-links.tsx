"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/roadmap", label: "Roadmap" },
  { href: "/skills", label: "Skills" },
  { href: "/log", label: "Study log" },
  { href: "/certifications", label: "Certifications" },
  { href: "/projects", label: "Projects" },
  { href: "/reading", label: "Reading" },
  { href: "/events", label: "Events" },
  { href: "/cohorts", label: "Cohorts" },
  { href: "/coaching", label: "Coaching" },
  { href: "/settings", label: "Settings" },
] as const;

export function NavLinks({ layout }: { layout: "sidebar" | "menu" }) {
  const pathname = usePathname();
  return (
    <ul className={layout === "sidebar" ? "space-y-0.5" : "grid grid-cols-2 gap-1"}>
      {NAV_ITEMS.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              // The layout survives navigation: close the phone menu so it does not cover the new page.
              onClick={
                layout === "menu"
                  ? (e) => e.currentTarget.closest("details")?.removeAttribute("open")
                  : undefined
              }
              className={`block rounded-lg px-3 py-2 text-sm font-medium ${
                active
                  ? "bg-brand-50 text-brand-700 dark:bg-brand-600/20 dark:text-brand-300"
                  : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
