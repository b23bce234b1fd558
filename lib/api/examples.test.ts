import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { OPERATION_EXAMPLES } from "./examples";
import { openApiDocument } from "./openapi";
import { operations } from "./operations";

type MediaType = { schema?: object; example?: unknown };
type DocumentOperation = {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
};

const doc = openApiDocument();
// The whole document is one schema resource, so that `#/components/…` references resolve;
// OpenAPI's own keywords (paths, responses, …) are not JSON Schema, hence strict: false.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...doc, $id: "openapi.json" });

const pointer = (...parts: string[]) =>
  "openapi.json#/" + parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** Every media-type example in the document, with the JSON pointer of the schema it sits beside. */
const attached = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, DocumentOperation>).flatMap(([method, o]) => [
    ...Object.entries(o.requestBody?.content ?? {}).map(([type, media]) => ({
      where: `${o.operationId} request (${type})`,
      media,
      schema: pointer("paths", path, method, "requestBody", "content", type, "schema"),
    })),
    ...Object.entries(o.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).map(([type, media]) => ({
        where: `${o.operationId} ${status} (${type})`,
        media,
        schema: pointer("paths", path, method, "responses", status, "content", type, "schema"),
      })),
    ),
  ]),
);
const withExample = attached.filter((a) => a.media.example !== undefined && a.media.schema);

describe("the OpenAPI document's examples", () => {
  it("are there for every operation, and only for operations", () => {
    expect(Object.keys(OPERATION_EXAMPLES).sort()).toEqual(Object.keys(operations).sort());
  });

  it("cover every JSON request body and every success answer that declares a body", () => {
    const missing = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods as Record<string, DocumentOperation>).flatMap((o) => {
        const gaps: string[] = [];
        const request = o.requestBody?.content["application/json"];
        if (request && request.example === undefined) gaps.push(`${o.operationId} request`);
        for (const [status, response] of Object.entries(o.responses)) {
          const json = response.content?.["application/json"];
          if (/^2/.test(status) && json && json.example === undefined)
            gaps.push(`${o.operationId} ${status}`);
        }
        return gaps;
      }),
    );
    expect(missing).toEqual([]);
  });

  it.each(withExample.map((a) => [a.where, a] as const))("%s matches its schema", (_, a) => {
    const validate = ajv.getSchema(a.schema) ?? ajv.compile({ $ref: a.schema });
    const valid = validate(a.media.example);
    expect(validate.errors ?? [], JSON.stringify(a.media.example)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("catch an example that breaks its schema", () => {
    const register = withExample.find((a) => a.where.startsWith("register request"))!;
    const validate = ajv.compile({ $ref: register.schema });
    expect(validate({ ...(register.media.example as object), email: 42 })).toBe(false);
  });
});
