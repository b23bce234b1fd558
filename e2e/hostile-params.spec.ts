import { expect, test } from "./fixtures";
import { rawGet } from "./raw-http";

/*
 * Screens with a path or query parameter, given hostile ones (NUL, a broken
 * escape, not a UUID, very long, traversal): they answer "not found" or the
 * page, never a 5xx. (The JSON API and the server actions have property tests
 * of their own: app/api/v1/hostile-input.test.ts, app/server-actions-hostile.test.ts.)
 */

const LONG = "x".repeat(3000);
// An escape that is not UTF-8 ("%E0%A4%A") in a path segment has a test of its own below: Next.js
// itself would answer 500 (vercel/next.js#92527), so the server front answers first.
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
      // A token that opens nothing: the page says the link is not valid.
      [`/cohorts/invitation/${p}`, 200],
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

// Broken percent-escapes in a path segment (not UTF-8, a lone surrogate, cut short): Next.js
// answered 500 to every dynamic route; the server front now answers before it.
const MALFORMED = ["%FF", "%ED%A0%80", "%E0%A4%A", "%C0%AF"];

test("a malformed percent-escape in a path is a 404 page, or a 400 from the API, signed in or not", async ({
  page,
  baseURL,
  signedInUser,
}) => {
  void signedInUser;
  const cookie = (await page.context().cookies())
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  for (const session of [cookie, ""]) {
    const who = session ? "signed in" : "signed out";
    for (const bad of MALFORMED) {
      for (const path of [`/u/${bad}`, `/cohorts/${bad}`, `/coaching/mentees/${bad}`, `/${bad}`]) {
        const response = await rawGet(baseURL!, path, session);
        expect(response.status, `${who} ${path}`).toBe(404);
        expect(response.headers["content-security-policy"], path).toContain("'nonce-");
        expect(response.body, path).toContain("This page does not exist");
      }
      for (const path of [`/api/v1/profiles/${bad}`, `/api/v1/cohorts/${bad}/dashboard`]) {
        const response = await rawGet(baseURL!, path, session);
        expect(response.status, `${who} ${path}`).toBe(400);
        expect(JSON.parse(response.body).error.code, path).toBe("bad_request");
        expect(response.headers["content-security-policy"], path).toBe(
          "default-src 'none'; frame-ancestors 'none'",
        );
        expect(response.headers["x-content-type-options"], path).toBe("nosniff");
        expect(response.headers["x-frame-options"], path).toBe("DENY");
        expect(response.headers["cache-control"], path).toBe("private, no-store");
      }
    }
  }
});
