import { expect, test } from "./fixtures";

/*
 * Screens with a path or query parameter, given hostile ones (NUL, a broken
 * escape, not a UUID, very long, traversal): they answer "not found" or the
 * page, never a 5xx. (The JSON API and the server actions have property tests
 * of their own: app/api/v1/hostile-input.test.ts, app/server-actions-hostile.test.ts.)
 */

const LONG = "x".repeat(3000);
// Not "%E0%A4%A" (an escape that is not UTF-8) in a path segment: Next.js itself answers 500 before
// the app runs (vercel/next.js#92527, open). It is tried in the query strings below.
const HOSTILE = ["%00", "%25", "..%2F..%2Fetc", "%3Cscript%3E", "%F0%9F%98%80", LONG];
const HOSTILE_QUERY = [...HOSTILE, "%E0%A4%A", "%"];

test("hostile path and query parameters answer 404 or the page, never 5xx", async ({
  page,
  signedInUser,
}) => {
  // Signed in (as a fresh user), so the pages get past the sign-in redirect.
  void signedInUser;
  const expectations: [string, number][] = [
    ...HOSTILE.flatMap((p): [string, number][] => [
      [`/coaching/mentees/${p}`, 404],
      [`/u/${p}`, 404],
      [`/cohorts/${p}`, 404],
      // A code that opens nothing is not found; the 404 page explains and offers the code form.
      [`/cohorts/join/${p}`, 404],
    ]),
    ...HOSTILE_QUERY.flatMap((p): [string, number][] => [
      [`/log?edit=${p}`, 200],
      [`/projects?edit=${p}`, 200],
      [`/cohorts?left=${p}`, 200],
    ]),
    ["/coaching/mentees/not-a-uuid", 404],
    ["/coaching/mentees/00000000-0000-0000-0000-000000000000", 404],
  ];
  for (const [path, status] of expectations) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path.slice(0, 80)).toBe(status);
  }
});
