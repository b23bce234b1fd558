// The screens behind sign-in, written once: scripts/lib/page-front.mjs sends a visitor with no
// session cookie from them to sign-in (optimistically; the real check is in lib/ on every read and
// write), and the signed-in layout's navigation lists those marked `nav`. Plain JavaScript so the
// server, which runs outside Next.js, reads the same list. A test holds it to the app/(app) folders.

export const SIGNED_IN_AREAS = Object.freeze([
  { href: "/dashboard", label: "Dashboard", nav: true },
  { href: "/roadmap", label: "Roadmap", nav: true },
  { href: "/skills", label: "Skills", nav: true },
  { href: "/log", label: "Study log", nav: true },
  { href: "/certifications", label: "Certifications", nav: true },
  { href: "/projects", label: "Projects", nav: true },
  { href: "/reading", label: "Reading", nav: true },
  { href: "/events", label: "Events", nav: true },
  { href: "/cohorts", label: "Cohorts", nav: true },
  { href: "/coaching", label: "Coaching", nav: true },
  // Reached from the bell in the header.
  { href: "/notifications", label: "Notifications", nav: false },
  { href: "/settings", label: "Settings", nav: true },
]);

/**
 * Inside those areas but open to everyone: an invite link (the cohort's code, or a personal
 * invitation's token) shows a signed-out visitor the cohort and what joining shares, with the
 * way to sign in or up and come back. Tested on the path alone.
 */
export const OPEN_IN_AREAS = /^\/cohorts\/(join|invitation)\/[^/]+\/?$/;
