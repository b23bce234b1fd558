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
    // Until the reader touches it, every change of size (fonts, a card settling into the grid)
    // opens it on the end again: set once at mount, a later layout could leave it mid-way.
    let moved = false;
    const toEnd = () => {
      if (startAtEnd && !moved) element.scrollLeft = element.scrollWidth;
    };
    const onTouch = () => {
      moved = true;
    };
    const intents = ["pointerdown", "wheel", "keydown", "touchstart"] as const;
    toEnd();
    const observer = new ResizeObserver(() => {
      setScrollable(element.scrollWidth > element.clientWidth);
      toEnd();
    });
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    for (const type of intents) element.addEventListener(type, onTouch, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of intents) element.removeEventListener(type, onTouch);
    };
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
