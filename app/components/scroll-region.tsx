"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box whose content may be wider than the screen, and then scrolls sideways.
 * While it scrolls it is a named, focusable region, so that the keyboard can
 * scroll it too; when everything fits it is a plain box, with no extra tab stop.
 * `startAtEnd` opens it on its right end (a timeline's latest weeks).
 */
export function ScrollRegion({
  label,
  startAtEnd = false,
  className = "",
  children,
}: {
  label: string;
  startAtEnd?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (startAtEnd) element.scrollLeft = element.scrollWidth;
    const observer = new ResizeObserver(() =>
      setScrollable(element.scrollWidth > element.clientWidth),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [startAtEnd]);
  return (
    <div
      ref={box}
      className={`overflow-x-auto ${className}`}
      {...(scrollable ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
    >
      {children}
    </div>
  );
}
