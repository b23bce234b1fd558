import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { jsonRequest, ORIGIN } from "@/app/api/v1/test-helpers";
import { isDescribed } from "./descriptions";
import { openApiDocument } from "./openapi";
import { operations, type Operation } from "./operations";

type DocumentOperation = { operationId: string; description?: string; security?: object[] };
const doc = openApiDocument({ origin: "https://epoch.example.com" });
const documentOperations = Object.values(doc.paths).flatMap(
  (methods) => Object.values(methods) as DocumentOperation[],
);
const entries = Object.entries(operations) as [string, Operation][];

describe("the OpenAPI document's own description", () => {
  it("names a contact and the license, and explains auth, errors, pagination, retries and limits", () => {
    expect(doc.info.contact).toEqual({ name: "Epoch", url: "https://epoch.example.com" });
    expect(doc.info.license.name).toMatch(/all rights reserved/);
    for (const topic of ["Bearer", "405", "415", "nextCursor", "answers 200", "Retry-After"])
      expect(doc.info.description).toContain(topic);
  });

  it("declares each tag the operations use once, with a description, and no other", () => {
    const used = new Set(entries.map(([, o]) => o.tag));
    expect(doc.tags.map((t) => t.name).sort()).toEqual([...used].sort());
    for (const tag of doc.tags) expect(tag.description, tag.name).not.toBe("");
  });

  it("declares security once: signed in by default, public operations with none", () => {
    expect(doc.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(doc.components.securitySchemes.bearer.bearerFormat).toMatch(/^epoch_/);
    for (const o of documentOperations) {
      const auth = operations[o.operationId as keyof typeof operations].auth;
      expect(o.security, o.operationId).toEqual(auth === "public" ? [] : undefined);
    }
  });

  it.each(entries)("%s has a description of its own", (id) => {
    expect(isDescribed(id)).toBe(true);
    const o = documentOperations.find((d) => d.operationId === id)!;
    expect(o.description).toMatch(/^[A-Z`].{20,}[.)]$/s);
  });

  it("says where the API is: the origin given, a reserved name when none is", () => {
    expect(doc.servers).toEqual([
      { url: "https://epoch.example.com", description: "This deployment" },
    ]);
    expect(openApiDocument().servers[0]!.url).toBe("https://epoch.invalid");
  });

  it("as served, names the origin it was asked from (APP_ORIGIN unset in tests)", async () => {
    const served = (await (await GET(jsonRequest("/api/v1/openapi.json"))).json()) as {
      servers: { url: string }[];
    };
    expect(served.servers[0]!.url).toBe(new URL(ORIGIN).origin);
  });
});
