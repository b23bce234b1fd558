"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SIGNED_IN_AREAS } from "@/lib/signed-in-areas.mjs";

const NAV_ITEMS = SIGNED_IN_AREAS.filter((area) => area.nav);

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
