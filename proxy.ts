import { NextResponse, type NextRequest } from "next/server";

// Screens behind sign-in. Optimistic only: a visitor with no session cookie goes
// to sign-in and comes back after; the real check is in lib/ on every read and write.
const SIGNED_IN_AREAS = [
  "/dashboard",
  "/roadmap",
  "/skills",
  "/log",
  "/certifications",
  "/projects",
  "/reading",
  "/events",
  "/cohorts",
  "/coaching",
  "/settings",
];
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

const inArea = (path: string, area: string) => path === area || path.startsWith(`${area}/`);

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce
 * (Next puts it on its own scripts when it finds the policy in the request
 * headers) and what those load ('strict-dynamic'); nothing framed, posted or
 * fetched elsewhere. Inline style attributes stay allowed: the charts size
 * their bars with them, and styles cannot run code.
 */
function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && SIGNED_IN_AREAS.some((area) => inArea(path, area))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // Lets the layout send a visitor with an ended session back to this page after sign-in.
  headers.set("x-pathname", path + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page; not the JSON API (next.config.ts gives it a policy of its own) or static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
