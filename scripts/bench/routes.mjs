// The routes the benchmark loads: each a request, the server it goes to (the app's cached server
// unless it names another) and, where the answer proves who was served, what it must contain.
import { randomUUID } from "node:crypto";
import { S } from "./settings.mjs";

const isoDay = (d) => d.toISOString().slice(0, 10);
const addDays = (day, n) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const todayIn = (tz) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

/**
 * Every route, or those BENCH_ONLY names. `data` is the generated dataset (its cookies, tokens,
 * the big cohort); `servers` the app's cached and never-cached servers and the reference page's.
 */
export function benchRoutes(data, { server, uncached, reference }) {
  let written = 0;
  const recentDay = () => addDays(todayIn("UTC"), -1 - Math.floor(Math.random() * 200));
  const get = (p, auth) => () => ({
    method: "GET",
    path: p,
    headers: { accept: auth.page ? "text/html" : "application/json", ...auth.headers },
  });
  const cookie = (role) => ({ page: true, headers: { cookie: data.cookies[role] } });
  const bearer = (role) => ({
    page: false,
    headers: { authorization: `Bearer ${data.tokens[role]}` },
  });
  return [
    {
      key: "reference",
      label: "GET / of the reference page",
      request: get("/", cookie("heavy")),
      server: reference,
      // The session was read and the query ran: the learner's name, not "stranger".
      expect: /Hello, (<!-- -->)?Heavy Learner/,
    },
    {
      key: "dashboard-heavy",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")} activities)`,
      request: get("/dashboard", cookie("heavy")),
    },
    {
      key: "dashboard-light",
      label: `GET /dashboard (${S.light.toLocaleString("en-US")} activities)`,
      request: get("/dashboard", cookie("light")),
    },
    {
      // As a browser asks for it: Next.js then compresses the page (when no proxy in front does).
      key: "dashboard-heavy-gzip",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")}), compressed`,
      request: get("/dashboard", {
        page: true,
        headers: { ...cookie("heavy").headers, "accept-encoding": "gzip, deflate, br, zstd" },
      }),
    },
    {
      key: "dashboard-heavy-uncached",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")}), never cached`,
      request: get("/dashboard", cookie("heavy")),
      server: uncached,
    },
    {
      key: "dashboard-light-uncached",
      label: `GET /dashboard (${S.light.toLocaleString("en-US")}), never cached`,
      request: get("/dashboard", cookie("light")),
      server: uncached,
    },
    { key: "roadmap", label: "GET /roadmap", request: get("/roadmap", cookie("heavy")) },
    {
      key: "cohort-page",
      label: `GET /cohorts/[slug] (${S.cohortSize}, organizer)`,
      request: get(`/cohorts/${data.cohortSlug}`, cookie("organizer")),
    },
    {
      key: "cohort-api",
      label: `GET /api/v1/cohorts/[slug]/dashboard (${S.cohortSize})`,
      request: get(`/api/v1/cohorts/${data.cohortSlug}/dashboard`, bearer("organizer")),
    },
    {
      key: "cohort-api-uncached",
      label: `GET /api/v1/cohorts/[slug]/dashboard (${S.cohortSize}), never cached`,
      request: get(`/api/v1/cohorts/${data.cohortSlug}/dashboard`, bearer("organizer")),
      server: uncached,
    },
    {
      key: "post-activity",
      label: "POST /api/v1/me/activities",
      request: () => ({
        method: "POST",
        path: "/api/v1/me/activities",
        headers: { accept: "application/json", authorization: `Bearer ${data.tokens.writer}` },
        body: JSON.stringify({
          id: randomUUID(),
          date: recentDay(),
          minutes: 15 + Math.floor(Math.random() * 120),
          kind: "practice",
          title: `Bench write ${++written}`,
          path: "online",
          skills: ["python", "pytorch"],
        }),
      }),
    },
    {
      key: "progress-api",
      label: "GET /api/v1/me/progress (5,000-activity learner)",
      request: get("/api/v1/me/progress", bearer("heavy")),
    },
  ]
    .map((r) => ({ server, ...r }))
    .filter((r) => !S.only || S.only.test(r.key));
}
