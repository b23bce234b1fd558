import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContractValidator, fieldPattern, type OpenApiDocument } from "./check";
import { invalidOf, valueOf, type JsonSchema } from "./schema-arbitrary";

const UUID_PATTERN =
  "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$";
const DATE_TIME_PATTERN =
  "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$";

/** A document in the shape the API serves: components referenced from operations. */
const root = {
  components: {
    schemas: {
      Error: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              code: { type: "string", enum: ["not_found", "validation_failed"] },
              message: { type: "string" },
              fields: { type: "object", additionalProperties: { type: "string" } },
            },
            required: ["code", "message"],
            additionalProperties: false,
          },
        },
        required: ["error"],
        additionalProperties: false,
      },
      Certification: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid", pattern: UUID_PATTERN },
          name: { type: "string", minLength: 1, maxLength: 200 },
          status: { type: "string", enum: ["planned", "in_progress", "earned"] },
          issuedOn: { type: ["string", "null"], format: "date" },
          credentialUrl: {
            anyOf: [{ type: "string", format: "uri", maxLength: 2048 }, { type: "null" }],
          },
          skills: {
            type: "array",
            items: { type: "string", pattern: "^[a-z0-9-]+$" },
            maxItems: 5,
            uniqueItems: true,
          },
          createdAt: { type: "string", format: "date-time", pattern: DATE_TIME_PATTERN },
        },
        required: ["id", "name", "status", "createdAt"],
        additionalProperties: false,
      },
    },
  },
};

/** Representative schemas: every keyword the converter claims to handle. */
const SCHEMAS: Record<string, JsonSchema> = {
  "string bounds": { type: "string", minLength: 3, maxLength: 5 },
  "nullable string (type array)": { type: ["string", "null"], maxLength: 10 },
  enum: { type: "string", enum: ["mlops", "responsible-ai", "quantum-ml"] },
  const: { type: "number", const: 1 },
  date: { type: "string", format: "date" },
  "date-time with zod's pattern": {
    type: "string",
    format: "date-time",
    pattern: DATE_TIME_PATTERN,
  },
  email: { type: "string", format: "email", maxLength: 254 },
  uri: { type: "string", format: "uri" },
  "uuid with zod's pattern": { type: "string", format: "uuid", pattern: UUID_PATTERN },
  "slug pattern": { type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$" },
  "integer range": { type: "integer", minimum: 1, maximum: 100 },
  "safe integers": { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 },
  "exclusive number range": { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
  multipleOf: { type: "integer", minimum: 0, maximum: 600, multipleOf: 15 },
  "array bounds": { type: "array", items: { type: "integer" }, minItems: 1, maxItems: 3 },
  "unique items": {
    type: "array",
    items: { type: "string", enum: ["a", "b", "c"] },
    uniqueItems: true,
  },
  oneOf: {
    oneOf: [
      { type: "string", format: "uuid" },
      { type: "integer", minimum: 0 },
    ],
  },
  "anyOf with null": { anyOf: [{ type: "string", maxLength: 2048 }, { type: "null" }] },
  "map (additionalProperties schema)": {
    type: "object",
    propertyNames: { type: "string" },
    additionalProperties: { type: "integer", minimum: 0, maximum: 4 },
  },
  "closed object with required": {
    type: "object",
    properties: {
      name: { type: "string", minLength: 1, maxLength: 100 },
      weeklyHoursGoal: { type: "integer", minimum: 0, maximum: 100 },
      publicProfile: { type: "boolean" },
    },
    required: ["name"],
    additionalProperties: false,
  },
  "$ref to a component": { $ref: "#/components/schemas/Certification" },
  "list page of $refs": {
    type: "object",
    properties: {
      items: { type: "array", items: { $ref: "#/components/schemas/Certification" } },
      nextCursor: { type: ["string", "null"] },
    },
    required: ["items", "nextCursor"],
    additionalProperties: false,
  },
  "error component": { $ref: "#/components/schemas/Error" },
  allOf: {
    allOf: [
      { type: "object", properties: { a: { type: "integer" } }, required: ["a"] },
      { properties: { b: { type: "boolean" } }, required: ["b"] },
    ],
  },
  "empty schema (anything)": {},
};

function validatorFor(schema: JsonSchema) {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema(root, "root.json");
  // The schema is placed inside the document so its `#/components/...` refs resolve there.
  const withId = typeof schema === "object" ? { ...schema } : schema;
  const doc = { ...root, $defs: { subject: withId } };
  ajv.addSchema(doc, "subject.json");
  return ajv.getSchema("subject.json#/$defs/subject")!;
}

describe("valueOf: the values it draws satisfy the schema they came from", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(name, () => {
      const validate = validatorFor(schema);
      fc.assert(
        fc.property(valueOf(schema, { root }), (value) => {
          const ok = validate(value);
          if (!ok) throw new Error(`${JSON.stringify(value)}: ${JSON.stringify(validate.errors)}`);
        }),
        { numRuns: 200, seed: 42 },
      );
    });
  }

  it("draws every member of an enum and both sides of a nullable type", () => {
    const seen = new Set(
      fc
        .sample(valueOf(SCHEMAS["nullable string (type array)"]!, { root }), {
          numRuns: 200,
          seed: 1,
        })
        .map((v) => (v === null ? "null" : typeof v)),
    );
    expect(seen).toEqual(new Set(["null", "string"]));
    const members = new Set(fc.sample(valueOf(SCHEMAS.enum!), { numRuns: 100, seed: 1 }));
    expect(members.size).toBe(3);
  });

  it("draws optional properties sometimes present and sometimes absent", () => {
    const values = fc.sample(valueOf(SCHEMAS["closed object with required"]!), {
      numRuns: 200,
      seed: 3,
    });
    const withGoal = values.filter((v) => "weeklyHoursGoal" in (v as object)).length;
    expect(withGoal).toBeGreaterThan(0);
    expect(withGoal).toBeLessThan(200);
  });
});

describe("invalidOf: the values it draws break the schema (when the schema can be broken)", () => {
  const breakable = Object.entries(SCHEMAS).filter(([name]) => name !== "empty schema (anything)");
  for (const [name, schema] of breakable) {
    it(name, () => {
      const validate = validatorFor(schema);
      let refused = 0;
      for (const m of fc.sample(invalidOf(schema, { root }), { numRuns: 100, seed: 7 }))
        if (!validate(m.value)) refused++;
      // Most drawn values are refused; the runner checks every one with Ajv before it calls a
      // case negative, so a permissive schema (anyOf, nullable) accepting a few costs nothing.
      expect(refused).toBeGreaterThan(50);
    });
  }
});

describe("ContractValidator", () => {
  const doc = {
    paths: {
      "/things/{id}": {
        get: {
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: {
            "200": {
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/Certification" } },
              },
            },
            "404": {
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          },
        },
      },
    },
    ...root,
  } as unknown as OpenApiDocument;

  it("resolves a response schema's $ref into the document's components", () => {
    const v = new ContractValidator(doc);
    const validate = v.response("/things/{id}", "get", "200", "application/json")!;
    const [good] = fc.sample(valueOf({ $ref: "#/components/schemas/Certification" }, { root }), {
      numRuns: 1,
      seed: 5,
    });
    expect(validate(good)).toBe(true);
    expect(validate({ ...(good as object), expired: false })).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe("additionalProperties");
  });

  it("answers null where the document has no schema", () => {
    const v = new ContractValidator(doc);
    expect(v.response("/things/{id}", "get", "201", "application/json")).toBeNull();
    expect(v.parameter("/things/{id}", "get", 0)!("not-a-uuid")).toBe(false);
  });
});

describe("fieldPattern: a refused field's name, with what varies folded", () => {
  const body = {
    type: "object",
    properties: {
      title: { type: "string" },
      criteria: {},
      activities: {
        type: "array",
        items: { type: "object", properties: { url: { type: "string" } } },
      },
      levels: { type: "object", additionalProperties: { type: "integer" } },
      profile: {
        anyOf: [{ type: "object", properties: { timezone: { type: "string" } } }, { type: "null" }],
      },
    },
  };
  it.each([
    ["title", "title"],
    ["criteria.anyKey", "criteria.*"],
    ["activities.3.url", "activities.*.url"],
    ["levels.python", "levels.*"],
    ["profile.timezone", "profile.timezone"],
    ["cursor", "cursor"],
  ])("%s → %s", (field, pattern) => {
    expect(fieldPattern(field, body, body)).toBe(pattern);
  });
  it("keeps a parameter's name where the operation has no body", () => {
    expect(fieldPattern("cursor", undefined, {})).toBe("cursor");
  });
});
