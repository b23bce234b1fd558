import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { otherMethods } from "@/lib/api/methods";

/**
 * Auth.js builds its absolute URLs (a provider's redirect_uri, where a callback sends the browser)
 * from the request's URL in this route, but from `X-Forwarded-Host`/`Host` in server actions.
 * Next.js's request URL here names the server's own host (and writes 127.0.0.1 as `localhost`),
 * so a provider would see one redirect URI at authorization and another at the token request,
 * and refuse the second. So Auth.js gets a plain Request whose URL is rebuilt from the same
 * headers server actions use (a NextRequest would turn 127.0.0.1 back into `localhost`).
 * Auth.js's AUTH_URL, when set, wins in both places.
 */
function withRequestOrigin(request: NextRequest): Request {
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
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(rebuilt, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

export const GET = (request: NextRequest) =>
  handlers.GET(withRequestOrigin(request) as NextRequest);
export const POST = (request: NextRequest) =>
  handlers.POST(withRequestOrigin(request) as NextRequest);

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
