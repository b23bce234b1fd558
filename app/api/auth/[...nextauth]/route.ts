import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

/**
 * Auth.js builds its absolute URLs (a provider's redirect_uri, where a callback sends the browser)
 * from the request's URL, and Next.js names its own host there (`localhost`), while server
 * actions build them from the Host header: a provider would then see two redirect URIs for one
 * sign-in and refuse the second. So the URL is rebuilt from the headers Auth.js itself reads in
 * server actions (`X-Forwarded-Host`, else `Host`); Auth.js's AUTH_URL, when set, wins in both.
 */
function withRequestOrigin(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL) return request;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = proto === "https" || proto === "http" ? `${proto}:` : url.protocol;
  let rebuilt: URL;
  try {
    rebuilt = new URL(`${url.pathname}${url.search}`, `${protocol}//${host}`);
  } catch {
    return request; // a Host header that is no host: Auth.js answers as it would
  }
  return new NextRequest(rebuilt, request);
}

export const GET = (request: NextRequest) => handlers.GET(withRequestOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(withRequestOrigin(request));
