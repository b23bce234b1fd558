import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiDocs, apiTypes, DOCS_PATH, TYPES_PATH } from "./generate";

// The committed types and reference must be what the current document generates: a changed
// schema, summary or example means `npm run api:generate` and committing what it wrote.
describe("files generated from the OpenAPI document", () => {
  it(`${TYPES_PATH} is up to date (npm run api:types)`, { timeout: 120_000 }, async () => {
    expect(readFileSync(TYPES_PATH, "utf8") === (await apiTypes())).toBe(true);
  });

  it(`${DOCS_PATH} is up to date (npm run api:docs)`, { timeout: 60_000 }, async () => {
    expect(readFileSync(DOCS_PATH, "utf8") === (await apiDocs())).toBe(true);
  });

  it("the reference has a section per tag and every operation", async () => {
    const docs = await apiDocs();
    expect(docs).toContain("## Learner records");
    expect(docs).toContain("`POST /api/v1/me/activities` · signed in");
    expect(docs).toContain("`GET /api/v1/health` · public");
  });
});
