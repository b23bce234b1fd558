import fc from "fast-check";
import type { ContractValidator, OperationObject } from "./check";
import {
  awkwardStringOf,
  deref,
  invalidOf,
  valueOf,
  type JsonSchema,
  type Mutation,
} from "./schema-arbitrary";

/** One operation of the document. */
export type Operation = {
  path: string;
  method: string;
  id: string;
  spec: OperationObject;
};

/** One request to send, before it is classified (positive or negative) by the validator. */
export type Case = {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body?: { json: unknown } | { raw: string; contentType: string };
  /** How a negative case was made; empty for a value drawn from the schemas. */
  how: string;
};

/** Known values of path parameters: whole bindings from earlier creates, and single values by name. */
export type Known = {
  bindings: Record<string, string>[];
  byName: Record<string, string[]>;
};

const JSON_TYPE = "application/json";

const toWire = (v: unknown): string | undefined =>
  v === undefined ? undefined : typeof v === "string" ? v : JSON.stringify(v);

function parameterArbs(op: Operation, where: "path" | "query", root: unknown) {
  const arbs: Record<string, fc.Arbitrary<string | undefined>> = {};
  const required: string[] = [];
  for (const p of op.spec.parameters ?? []) {
    if (p.in !== where) continue;
    arbs[p.name] = valueOf((p.schema ?? {}) as JsonSchema, { root })
      .map(toWire)
      // An empty, "." or ".." path segment would address another route.
      .filter((v) => where !== "path" || (v !== undefined && v !== "" && v !== "." && v !== ".."));
    if (p.required || where === "path") required.push(p.name);
  }
  return { arbs, required };
}

function withoutUndefined(r: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/** Path parameters: mostly ones that name something that exists (stateful links), else drawn. */
function pathArb(op: Operation, root: unknown, known: Known) {
  const { arbs } = parameterArbs(op, "path", root);
  const names = Object.keys(arbs);
  if (names.length === 0) return fc.constant({} as Record<string, string>);
  const drawn = fc.record(arbs).map(withoutUndefined);
  const filled = names.map((name) => {
    const values = known.byName[name] ?? [];
    return values.length
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...values) },
          { weight: 1, arbitrary: arbs[name]! },
        )
      : arbs[name]!;
  });
  const byName = fc
    .tuple(...filled)
    .map((vs) => withoutUndefined(Object.fromEntries(names.map((n, i) => [n, vs[i]]))));
  const choices: fc.WeightedArbitrary<Record<string, string>>[] = [
    { weight: 1, arbitrary: drawn },
    { weight: 1, arbitrary: byName },
  ];
  if (known.bindings.length) {
    choices.push({
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...known.bindings), byName)
        .map(([bound, rest]) => ({ ...rest, ...bound })),
    });
  }
  return fc.oneof(...choices);
}

function bodySchema(op: Operation): JsonSchema | undefined {
  return op.spec.requestBody?.content[JSON_TYPE]?.schema as JsonSchema | undefined;
}

const isString = (s: { type?: unknown }) =>
  s.type === "string" || (Array.isArray(s.type) && s.type.includes("string"));
const plainString = (s: Record<string, unknown>) =>
  isString(s) && !s.format && !s.pattern && !s.enum && !("const" in s);

/**
 * Values of the kind a property's name promises (a date for `startedOn`, a URL for `url`),
 * where its schema says no more than "string": so that creates succeed and later operations
 * reach real records even while the document is looser than the server.
 */
export function plausibleHint(known: Known) {
  const day = fc
    .date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  return (name: string, s: Record<string, unknown>): fc.Arbitrary<unknown> | null => {
    const max = typeof s.maxLength === "number" ? s.maxLength : 200;
    // An id or slug the run has seen under this name (or, for a subject, a milestone or skill).
    const seen =
      name === "subjectId"
        ? [...(known.byName.milestoneId ?? []), ...(known.byName.skillSlug ?? [])]
        : (known.byName[name] ?? []);
    if (isString(s) && seen.length) return fc.constantFrom(...seen);
    if (plainString(s)) {
      if (/(^date$|Date$|On$|^due|^start|^end)/.test(name)) return day;
      if (/(url|Url|URL)$/.test(name)) return fc.webUrl().filter((u) => u.length <= max);
      if (/email/i.test(name)) return fc.emailAddress().filter((e) => e.length <= max);
      if (name === "timezone") return fc.constantFrom("UTC", "Europe/Berlin", "America/New_York");
      // Words, never blank: a server trims, and "   " is then empty.
      const minLength = typeof s.minLength === "number" ? s.minLength : 0;
      return fc
        .stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}[A-Za-z0-9]$/)
        .filter((v) => v.length >= minLength && v.length <= max);
    }
    if (s.type === "array" && /skills$/i.test(name)) {
      const slugs = known.byName.skillSlug ?? [];
      return slugs.length
        ? fc.uniqueArray(fc.constantFrom(...slugs), { maxLength: 2 })
        : fc.constant([]);
    }
    return null;
  };
}

/**
 * Requests drawn from the operation's schemas (and known ids): half straight from the schemas,
 * half with plausible values for loosely typed fields (plausibleHint).
 */
export function positiveCases(op: Operation, root: unknown, known: Known): fc.Arbitrary<Case> {
  const query = parameterArbs(op, "query", root);
  const schema = bodySchema(op);
  const hint = plausibleHint(known);
  return fc.record({
    pathParams: pathArb(op, root, known),
    query: fc.record(query.arbs, { requiredKeys: query.required }).map(withoutUndefined),
    body: schema
      ? fc
          .oneof(valueOf(schema, { root }), valueOf(schema, { root, hint }))
          .map((json) => ({ json }))
      : fc.constant(undefined),
    how: fc.constant(""),
  });
}

/**
 * The most likely requests to succeed: known path bindings, plausible values throughout. A run
 * tries a few of these first for each operation, so that creates succeed (and later operations
 * get real ids) and success answers get checked even with few runs.
 */
export function plausibleCases(op: Operation, root: unknown, known: Known): fc.Arbitrary<Case> {
  const query = parameterArbs(op, "query", root);
  const schema = bodySchema(op);
  const hint = plausibleHint(known);
  const path = known.bindings.length
    ? fc
        .tuple(fc.constantFrom(...known.bindings), pathArb(op, root, { ...known, bindings: [] }))
        .map(([bound, rest]) => ({ ...rest, ...bound }))
    : pathArb(op, root, known);
  return fc.record({
    pathParams: path,
    query: fc.record(query.arbs, { requiredKeys: query.required }).map(withoutUndefined),
    body: schema
      ? valueOf(schema, { root, hint }).map((json) => ({ json }))
      : fc.constant(undefined),
    how: fc.constant(""),
  });
}

/** One string property of an object body replaced by an awkward string (may still be valid). */
function awkwardBody(schema: JsonSchema, root: unknown): fc.Arbitrary<Mutation> | null {
  const s = deref(schema, root);
  if (typeof s !== "object" || !s.properties) return null;
  const strings = Object.entries(s.properties as Record<string, JsonSchema>).filter(([, sub]) => {
    const d = deref(sub, root);
    if (typeof d !== "object") return false;
    const t = d.type;
    return (t === "string" || (Array.isArray(t) && t.includes("string"))) && !d.enum && !d.format;
  });
  if (strings.length === 0) return null;
  return fc
    .tuple(
      valueOf(s, { root }) as fc.Arbitrary<Record<string, unknown>>,
      fc.constantFrom(...strings),
    )
    .chain(([valid, [name, sub]]) =>
      awkwardStringOf(sub, { root }).map((a) => ({
        value: { ...valid, [name]: a.value },
        how: `${name}: ${a.how}`,
      })),
    );
}

/**
 * Requests made wrong in one place: the body (see invalidOf), one query or path parameter,
 * JSON that does not parse, a body sent as text/plain, or an awkward but maybe valid string.
 */
export function negativeCases(op: Operation, root: unknown, known: Known): fc.Arbitrary<Case> {
  const valid = positiveCases(op, root, known);
  const schema = bodySchema(op);
  const ways: fc.Arbitrary<Case>[] = [];
  if (schema) {
    ways.push(
      fc
        .tuple(valid, invalidOf(schema, { root }))
        .map(([c, m]) => ({ ...c, body: { json: m.value }, how: `body ${m.how}` })),
    );
    const awkward = awkwardBody(schema, root);
    if (awkward)
      ways.push(
        fc
          .tuple(valid, awkward)
          .map(([c, m]) => ({ ...c, body: { json: m.value }, how: `body ${m.how}` })),
      );
    ways.push(
      fc
        .tuple(
          valid,
          fc.constantFrom('{"unterminated": ', "[1, 2", "{'single': 'quotes'}", "nul\u0000"),
        )
        .map(([c, raw]) => ({
          ...c,
          body: { raw, contentType: JSON_TYPE },
          how: "invalid JSON",
        })),
    );
    if (!op.spec.requestBody?.content["text/plain"])
      ways.push(
        valid.map((c) => ({
          ...c,
          body: {
            raw: JSON.stringify((c.body as { json: unknown } | undefined)?.json ?? {}),
            contentType: "text/plain",
          },
          how: "wrong content type (text/plain)",
        })),
      );
  }
  (op.spec.parameters ?? []).forEach((p) => {
    if (p.in !== "path" && p.in !== "query") return;
    const bucket = p.in === "path" ? "pathParams" : "query";
    ways.push(
      fc.tuple(valid, invalidOf((p.schema ?? {}) as JsonSchema, { root })).map(([c, m]) => {
        const wire = toWire(m.value);
        const params = { ...c[bucket] };
        if (wire === undefined || (p.in === "path" && ["", ".", ".."].includes(wire)))
          delete params[p.name];
        else params[p.name] = wire;
        return { ...c, [bucket]: params, how: `${p.in} ${p.name}: ${m.how}` };
      }),
    );
  });
  return ways.length ? fc.oneof(...ways) : fc.constant({ pathParams: {}, query: {}, how: "" });
}

/** A parameter as the server reads it: numbers and booleans from their text, else the text. */
function fromWire(text: string, schema: unknown): unknown {
  const types = new Set<string>(
    [(schema as { type?: string | string[] })?.type ?? []].flat() as string[],
  );
  if ((types.has("integer") || types.has("number")) && text.trim() !== "" && !isNaN(Number(text)))
    return Number(text);
  if (types.has("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

/**
 * Whether the document allows the request: the JSON body against its schema, each parameter
 * against its own (required ones present), a JSON content type. `reason` says what is wrong.
 */
export function allowedByDocument(
  v: ContractValidator,
  op: Operation,
  c: Case,
): { allowed: boolean; reason: string } {
  for (const [i, p] of (op.spec.parameters ?? []).entries()) {
    if (p.in !== "path" && p.in !== "query") continue;
    const value = (p.in === "path" ? c.pathParams : c.query)[p.name];
    if (value === undefined) {
      if (p.required || p.in === "path") return { allowed: false, reason: `${p.name} missing` };
      continue;
    }
    const validate = v.parameter(op.path, op.method, i);
    if (validate && !validate(fromWire(value, deref(p.schema as JsonSchema, v.doc))))
      return { allowed: false, reason: `${p.in} ${p.name}` };
  }
  if (!op.spec.requestBody) return { allowed: true, reason: "" };
  if (!c.body) return { allowed: !op.spec.requestBody.required, reason: "no body" };
  if ("raw" in c.body) {
    if (!op.spec.requestBody.content[c.body.contentType])
      return { allowed: false, reason: `content type ${c.body.contentType}` };
    return { allowed: c.body.contentType !== JSON_TYPE, reason: "raw body" };
  }
  const validate = v.requestBody(op.path, op.method);
  if (validate && !validate(c.body.json)) return { allowed: false, reason: "body" };
  return { allowed: true, reason: "" };
}
