import { afterEach, expect } from "vitest";
import { observeApiResponses } from "@/lib/api/response-observer";

/**
 * Every answer a test gets from an API route is checked against the OpenAPI document the
 * server serves; a test whose answers break the document fails, whatever it asserts itself.
 * The checker is built on the first answer, so test files that call no route pay nothing.
 */
let check: Promise<ReturnType<typeof import("@/lib/api/contract").contractChecker>> | undefined;
const violations: string[] = [];

observeApiResponses(async (operation, response) => {
  check ??= Promise.all([import("@/lib/api/contract"), import("@/lib/api/openapi")]).then(
    ([{ contractChecker }, { openApiDocument }]) => contractChecker(openApiDocument()),
  );
  const contentType = response.headers.get("content-type");
  const found = (await check)(operation, response.status, contentType, await response.text());
  violations.push(...found);
});

afterEach(() => {
  const found = violations.splice(0);
  expect(found, "API answers that do not match the OpenAPI document").toEqual([]);
});
