import { NextResponse, type NextRequest } from "next/server";

// Optimistic only: a signed-out visitor (no session cookie) goes to sign-in and
// comes back after. The real check is in lib/ on every read and write.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // Lets the layout send a visitor with an ended session back to this page after sign-in.
    const headers = new Headers(request.headers);
    headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/roadmap/:path*",
    "/skills/:path*",
    "/log/:path*",
    "/certifications/:path*",
    "/projects/:path*",
    "/reading/:path*",
    "/events/:path*",
    "/cohorts/:path*",
    "/coaching/:path*",
    "/settings/:path*",
  ],
};
