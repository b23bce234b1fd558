import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { deref, type JsonSchema } from "./schema-arbitrary";

/** The parts of an OpenAPI 3.1 document the checks read. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, unknown> };
};
export type OperationObject = {
  operationId?: string;
  security?: unknown[];
  parameters?: {
    name: string;
    in: "path" | "query" | "header" | "cookie";
    required?: boolean;
    schema?: unknown;
  }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: unknown }> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }>; headers?: object }
  >;
};

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The answer to one request, as the checks see it. */
export type Answer = {
  status: number;
  headers: Headers;
  /** The body as text (empty for none). */
  text: string;
};

/**
 * Why a case failed. `group` is the report's heading; `kind` tells failures of one operation
 * apart (one reproducer is kept per kind); `detail` is the first validator error or similar.
 */
export type Failure = { group: FailureGroup; kind: string; detail: string };
export type FailureGroup =
  | "server error (5xx)"
  | "undocumented status"
  | "missing schema"
  | "schema mismatch"
  | "server stricter than document"
  | "invalid input accepted"
  | "protocol";

const pointer = (...parts: string[]) =>
  "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Validators over one document's schemas, compiled on first use (Ajv, JSON Schema 2020-12). */
export class ContractValidator {
  private ajv: Ajv2020;
  private cache = new Map<string, ValidateFunction | null>();
  static readonly DOC_ID = "openapi.json";

  constructor(readonly doc: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
    addFormats(this.ajv);
    // The whole document under one id: `#/components/schemas/...` resolves inside it.
    this.ajv.addSchema(doc as object, ContractValidator.DOC_ID);
  }

  /** The validator of the schema at a JSON Pointer into the document, or null if none is there. */
  at(ptr: string): ValidateFunction | null {
    if (!this.cache.has(ptr)) {
      this.cache.set(ptr, this.ajv.getSchema(`${ContractValidator.DOC_ID}${ptr}`) ?? null);
    }
    return this.cache.get(ptr)!;
  }

  /** The validator of the documented schema for one status and media type of an operation. */
  response(path: string, method: string, status: string, mediaType: string) {
    const schema = this.doc.paths[path]?.[method]?.responses[status]?.content?.[mediaType]?.schema;
    return schema === undefined
      ? null
      : this.at(
          pointer("paths", path, method, "responses", status, "content", mediaType, "schema"),
        );
  }

  requestBody(path: string, method: string, mediaType = "application/json") {
    return this.doc.paths[path]?.[method]?.requestBody?.content[mediaType]?.schema === undefined
      ? null
      : this.at(pointer("paths", path, method, "requestBody", "content", mediaType, "schema"));
  }

  parameter(path: string, method: string, index: number) {
    return this.at(pointer("paths", path, method, "parameters", String(index), "schema"));
  }
}

/** The first validator error as one line: where, what, and the value's schema keyword. */
export function describeAjvError(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return "invalid";
  const extra =
    e.keyword === "additionalProperties"
      ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
      : e.keyword === "enum"
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
        : "";
  return `${e.instancePath || "/"} ${e.message ?? e.keyword}${extra} [${e.schemaPath}]`;
}

/** A failure kind that does not vary with the data: the instance path with indices folded. */
const stablePath = (errors: ErrorObject[] | null | undefined) => {
  const e = errors?.[0];
  return e ? `${e.instancePath.replace(/\/\d+(?=\/|$)/g, "/*") || "/"} ${e.keyword}` : "";
};

export type CaseKind = "positive" | "negative" | "wrong method";

/**
 * Every check on one answer: no 5xx; a documented status; for non-204 answers a JSON body
 * valid against the schema documented for that status and media type; `Retry-After` on 429;
 * `Allow` on 405; a positive case never refused as invalid, a negative one never accepted.
 */
export function checkAnswer(
  v: ContractValidator,
  op: { path: string; method: string },
  kind: CaseKind,
  answer: Answer,
): Failure[] {
  const failures: Failure[] = [];
  const { status } = answer;
  const mediaType = (answer.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const documented = v.doc.paths[op.path]?.[op.method]?.responses ?? {};

  if (status >= 500) {
    failures.push({
      group: "server error (5xx)",
      kind: `status ${status}`,
      detail: answer.text.slice(0, 200),
    });
  }
  if (kind === "wrong method") {
    if (status !== 405 && status < 500)
      failures.push({
        group: "protocol",
        kind: `wrong method answered ${status}`,
        detail: "a method the path does not have should answer 405",
      });
    else if (status === 405 && !answer.headers.get("allow"))
      failures.push({ group: "protocol", kind: "405 without Allow", detail: "no Allow header" });
    if (mediaType !== "application/json")
      failures.push({
        group: "protocol",
        kind: `${status} not JSON`,
        detail: `content-type ${JSON.stringify(mediaType)}, body ${JSON.stringify(answer.text.slice(0, 80))}`,
      });
    return failures;
  }

  if (status === 429 && !answer.headers.get("retry-after"))
    failures.push({ group: "protocol", kind: "429 without Retry-After", detail: "" });
  if (status === 204 && answer.text.length > 0)
    failures.push({
      group: "protocol",
      kind: "204 with a body",
      detail: answer.text.slice(0, 120),
    });
  if (status === 405 && !answer.headers.get("allow"))
    failures.push({ group: "protocol", kind: "405 without Allow", detail: "" });

  const entry = documented[String(status)] ?? documented[`${String(status)[0]}XX`];
  if (!entry && documented.default === undefined) {
    if (status < 500)
      failures.push({
        group: "undocumented status",
        kind: `status ${status}`,
        detail: `documented: ${Object.keys(documented).join(", ")}; body ${answer.text.slice(0, 160)}`,
      });
  } else if (status !== 204 && status !== 304 && status < 500) {
    const content = (entry ?? documented.default)?.content;
    const statusKey = entry
      ? documented[String(status)]
        ? String(status)
        : `${String(status)[0]}XX`
      : "default";
    if (!content || Object.keys(content).length === 0) {
      failures.push({
        group: "missing schema",
        kind: `${status} has no schema`,
        detail: `answered ${mediaType || "no content-type"}: ${answer.text.slice(0, 120)}`,
      });
      if (mediaType !== "application/json")
        failures.push({
          group: "protocol",
          kind: `${status} not JSON`,
          detail: `content-type ${JSON.stringify(mediaType)}`,
        });
    } else if (!content[mediaType]) {
      failures.push({
        group: "schema mismatch",
        kind: `${status} media type ${mediaType || "(none)"}`,
        detail: `documented: ${Object.keys(content).join(", ")}`,
      });
    } else if (mediaType === "application/json") {
      let body: unknown;
      try {
        body = JSON.parse(answer.text);
      } catch {
        failures.push({
          group: "protocol",
          kind: `${status} body is not JSON`,
          detail: answer.text.slice(0, 120),
        });
      }
      const validate = v.response(op.path, op.method, statusKey, mediaType);
      if (body !== undefined && validate && !validate(body)) {
        failures.push({
          group: "schema mismatch",
          kind: `${status} ${stablePath(validate.errors)}`,
          detail: describeAjvError(validate.errors),
        });
      }
    }
  }

  if (kind === "positive" && status === 422) {
    // One failure per refused field: each is shrunk to its own minimal reproducer.
    const fields = parsedError(answer.text).fields ?? {};
    const schema = v.doc.paths[op.path]?.[op.method]?.requestBody?.content["application/json"]
      ?.schema as JsonSchema | undefined;
    const kinds = new Map<string, string>();
    for (const [name, why] of Object.entries(fields))
      if (!kinds.has(fieldPattern(name, schema, v.doc)))
        kinds.set(fieldPattern(name, schema, v.doc), why);
    if (kinds.size === 0) kinds.set("(no field named)", errorMessage(answer.text));
    for (const [name, why] of kinds)
      failures.push({
        group: "server stricter than document",
        kind: `422 on ${name}`,
        detail: why,
      });
  }
  if (kind === "negative" && status >= 200 && status < 300) {
    failures.push({
      group: "invalid input accepted",
      kind: `answered ${status}`,
      detail: "a request the document forbids was accepted",
    });
  }
  return failures;
}

/**
 * A refused field's name with the parts that vary folded to `*`: array indices and the keys of
 * maps (`criteria.anything`), found by walking the request schema, so that one rule is one kind.
 */
export function fieldPattern(field: string, schema: JsonSchema | undefined, root: unknown): string {
  // No body: the field is a parameter, named as it is.
  if (schema === undefined) return field;
  let node: JsonSchema | undefined = schema;
  const out: string[] = [];
  let lost = false;
  for (const segment of field.split(".")) {
    // Below a part the schema does not describe, every name may vary.
    if (lost) {
      out.push("*");
      continue;
    }
    let s: JsonSchema | undefined = node === undefined ? undefined : deref(node, root);
    if (s && typeof s === "object" && !s.properties && !s.items) {
      // A nullable or union wrapper: look inside the member that has structure.
      const members: JsonSchema[] = ((s.anyOf ?? s.oneOf ?? []) as JsonSchema[]).map((m) =>
        deref(m, root),
      );
      s = members.find((m) => typeof m === "object" && (m.properties || m.items)) ?? s;
    }
    const props: Record<string, JsonSchema> | undefined =
      s && typeof s === "object" ? (s.properties as Record<string, JsonSchema>) : undefined;
    if (props?.[segment] !== undefined) {
      out.push(segment);
      node = props[segment];
    } else if (s && typeof s === "object" && s.items !== undefined && /^\d+$/.test(segment)) {
      out.push("*");
      node = s.items as JsonSchema;
    } else if (s && typeof s === "object" && typeof s.additionalProperties === "object") {
      out.push("*");
      node = s.additionalProperties as JsonSchema;
    } else {
      // A name the schema's properties do not list is kept (an unknown field, a parameter);
      // below a schema that lists none (`{}`, anything goes) names are data, folded.
      out.push(props && !/^\d+$/.test(segment) ? segment : "*");
      lost = true;
    }
  }
  return out.join(".");
}

function parsedError(text: string): { message?: string; fields?: Record<string, string> } {
  try {
    return (JSON.parse(text) as { error?: object }).error ?? {};
  } catch {
    return {};
  }
}
const errorMessage = (text: string) => parsedError(text).message ?? text.slice(0, 160);
