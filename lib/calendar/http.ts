import { databaseUnavailable } from "@/db/client";
import { linkOrigin } from "../auth/password-reset";
import { AppError } from "../errors";
import { calendarFeedText, secretInPath } from "./feeds";

/**
 * The answer to `GET /calendar/<secret>.ics` (app/calendar/[[...path]]/route.ts): the feed as
 * `text/calendar`, or a short plain-text refusal, never an HTML page. No session is read: calendar
 * apps fetch with the URL alone. Nothing is kept by any cache (the owner may rotate the URL, and
 * the feed then has to stop at once), and search engines are asked not to index it.
 */

const COMMON = {
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex, nofollow",
};

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(`${text}\n`, {
    status,
    headers: { ...COMMON, "Content-Type": "text/plain; charset=utf-8", ...headers },
  });

/** The origin of the app as feed URLs, links and UIDs name it (APP_ORIGIN, else the request's). */
export const feedOriginOf = (headers: Headers, requestUrl?: string) =>
  linkOrigin(headers, requestUrl).replace(/\/+$/, "");

export const feedOrigin = (request: Request) => feedOriginOf(request.headers, request.url);

export async function calendarFeedResponse(
  request: Request,
  segments: readonly string[] | undefined,
): Promise<Response> {
  const secret = secretInPath(segments);
  if (!secret) return plain(404, "No calendar feed here.");
  try {
    const text = await calendarFeedText(secret, feedOrigin(request));
    return new Response(text, {
      status: 200,
      headers: {
        ...COMMON,
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="epoch.ics"',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found")
      return plain(404, "No calendar feed here: the link is wrong or was reset.");
    if (databaseUnavailable(error))
      return plain(503, "The calendar is unavailable. Try again shortly.", { "Retry-After": "30" });
    console.error("GET /calendar feed failed:", error);
    return plain(500, "Something went wrong on our side.");
  }
}
