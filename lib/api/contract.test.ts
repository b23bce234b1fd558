import { describe, expect, it } from "vitest";
import { contractChecker } from "./contract";
import { openApiDocument } from "./openapi";

const check = contractChecker(openApiDocument());
const getMe = { method: "GET", path: "/api/v1/me" };
const json = "application/json";
const me = {
  id: "3f1b0d5e-8a9c-4a4e-9a43-0b7c1d2e3f40",
  name: "Ada",
  email: "ada@example.com",
  profile: {
    headline: null,
    targetTrack: null,
    targetDate: "2027-06-30",
    weeklyHoursGoal: 8,
    timezone: "Europe/Berlin",
    publicProfile: false,
    slug: null,
  },
};

describe("contractChecker", () => {
  it("passes an answer that matches its documented schema", () => {
    expect(check(getMe, 200, json, JSON.stringify(me))).toEqual([]);
  });

  it("names a field the schema does not allow, a wrong type and a missing field", () => {
    expect(check(getMe, 200, json, JSON.stringify({ ...me, extra: 1 }))[0]).toMatch(
      /additional properties.*extra/,
    );
    const wrongType = { ...me, profile: { ...me.profile, weeklyHoursGoal: 7.5 } };
    expect(check(getMe, 200, json, JSON.stringify(wrongType))[0]).toMatch(
      /\/profile\/weeklyHoursGoal must be integer/,
    );
    const missing: Partial<typeof me> = { ...me };
    delete missing.email;
    expect(check(getMe, 200, json, JSON.stringify(missing))[0]).toMatch(/required.*email/);
  });

  it("checks formats: a date that is no day fails", () => {
    const badDate = { ...me, profile: { ...me.profile, targetDate: "2027-02-30" } };
    expect(check(getMe, 200, json, JSON.stringify(badDate))[0]).toMatch(
      /targetDate must match format "date"/,
    );
  });

  it("fails a status the operation does not list, and an operation not in the document", () => {
    expect(check(getMe, 418, json, "{}")[0]).toMatch(/status 418 is not documented/);
    expect(check({ method: "GET", path: "/api/v1/nope" }, 200, json, "{}")[0]).toMatch(
      /not in the document/,
    );
  });

  it("checks error answers against the error format", () => {
    const error = { error: { code: "not_found", message: "Not found." } };
    expect(check(getMe, 401, json, JSON.stringify(error))).toEqual([]);
    expect(check(getMe, 401, json, JSON.stringify({ message: "nope" }))).not.toEqual([]);
  });

  it("fails a body where none is documented, and a media type that is not documented", () => {
    const revoke = { method: "DELETE", path: "/api/v1/tokens/{id}" };
    expect(check(revoke, 204, null, "")).toEqual([]);
    expect(check(revoke, 204, json, "{}")[0]).toMatch(/without a body/);
    expect(check(getMe, 200, "text/html", "<p>")[0]).toMatch(/answered text\/html/);
  });
});
