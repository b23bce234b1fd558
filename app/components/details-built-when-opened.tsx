"use client";

import { useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is rendered only once it is opened (and kept while open). For
 * lists where every row has a form behind a toggle: rendering thirty closed forms into a page
 * made it many times heavier, for rows most visits never open.
 */
export function DetailsBuiltWhenOpened({
  summary,
  className,
  summaryClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
