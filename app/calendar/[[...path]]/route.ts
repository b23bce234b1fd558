import { calendarFeedResponse } from "@/lib/calendar/http";
import { otherMethods } from "@/lib/api/methods";

// A learner's private calendar feed, `/calendar/<secret>.ics`: read with the secret alone, no
// session (docs/DECISIONS.md, "Calendar feed"). Every other path under /calendar is a plain 404.
export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  return calendarFeedResponse(request, (await params).path);
}

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  { GET },
  { errors: "text" },
);
