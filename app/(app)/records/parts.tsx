import { format, parseISO } from "date-fns";
import Link from "next/link";

/** Small pieces the record screens share. */

export const formatDate = (date: string) => format(parseISO(date), "MMM d, yyyy");

export { Badge } from "@/app/components/ui";

/** An outside link: only http(s) URLs are ever stored, and they open without our window. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="font-medium text-brand-700 underline dark:text-brand-300"
    >
      {children}
    </a>
  );
}

export function EditLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      aria-label={`Edit ${label}`}
      className="rounded-md px-2 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      Edit
    </Link>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      {children}
    </p>
  );
}
