import fc from "fast-check";

/**
 * JSON Schema 2020-12 (the dialect of an OpenAPI 3.1 document) as fast-check arbitraries:
 * `valueOf` draws values the schema accepts, `invalidOf` draws values it should refuse.
 * Local `$ref`s (`#/components/schemas/...`) resolve against the root document given.
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };
type SchemaObject = { [keyword: string]: unknown };

export type ConverterOptions = {
  /** The document the schemas' local `$ref`s point into. */
  root?: unknown;
  /** Upper bound for arrays and strings whose schema sets none (keeps requests small). */
  maxItems?: number;
  maxLength?: number;
  /**
   * A plausible value for a named property, or null for the schema's own: lets a run reach past
   * a server that is stricter than its document (a date where the document says "string").
   * The value is kept only if the schema accepts it.
   */
  hint?: (name: string, schema: SchemaObject) => fc.Arbitrary<unknown> | null;
};

const DEFAULTS = { maxItems: 3, maxLength: 24 };

/** Follows `#/a/b` in `root` (JSON Pointer, with `~1` and `~0` escapes). */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) throw new Error(`Only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new Error(`Unresolved $ref: ${ref}`);
  }
  return node;
}

/** The schema with its `$ref` followed (repeatedly), siblings of `$ref` kept. */
export function deref(schema: JsonSchema, root: unknown): JsonSchema {
  let s = schema;
  for (let depth = 0; typeof s === "object" && typeof s.$ref === "string"; depth++) {
    if (depth > 32) throw new Error(`$ref cycle at ${s.$ref}`);
    const { $ref, ...rest } = s;
    s = { ...(resolvePointer(root, $ref as string) as SchemaObject), ...rest };
  }
  return s;
}

const TYPES = ["null", "boolean", "integer", "number", "string", "array", "object"] as const;
type TypeName = (typeof TYPES)[number];

/** The types a schema allows, from `type` or, without it, from the keywords present. */
function typesOf(s: SchemaObject): TypeName[] {
  if (Array.isArray(s.type)) return s.type as TypeName[];
  if (typeof s.type === "string") return [s.type as TypeName];
  if ("properties" in s || "required" in s || "additionalProperties" in s) return ["object"];
  if ("items" in s || "minItems" in s || "maxItems" in s) return ["array"];
  if ("pattern" in s || "format" in s || "minLength" in s || "maxLength" in s) return ["string"];
  if ("minimum" in s || "maximum" in s) return ["number"];
  return [];
}

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** Days since 1970 for years 0001..9999: dates well outside any "sensible" range on purpose. */
const dateInstant = fc.date({
  min: new Date("0001-01-01T00:00:00.000Z"),
  max: new Date("9999-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});

function formatted(format: string): fc.Arbitrary<string> | null {
  switch (format) {
    case "date":
      return dateInstant.map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return dateInstant.map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
    case "uri":
    case "url":
      return fc.webUrl({ withQueryParameters: true });
    case "uuid":
      return fc.uuid();
    default:
      return null;
  }
}

function lengthOk(s: SchemaObject) {
  const min = num(s.minLength) ?? 0;
  const max = num(s.maxLength) ?? Infinity;
  return (v: string) => {
    const n = [...v].length;
    return n >= min && n <= max;
  };
}

function stringOf(s: SchemaObject, o: Opts) {
  const minLength = num(s.minLength) ?? 0;
  const maxLength = num(s.maxLength) ?? Math.max(minLength + o.maxLength, o.maxLength);
  const fitsLength = lengthOk(s);
  const byFormat = typeof s.format === "string" ? formatted(s.format) : null;
  const pattern = typeof s.pattern === "string" ? new RegExp(s.pattern, "u") : null;
  if (byFormat) {
    return byFormat.filter((v) => fitsLength(v) && (!pattern || pattern.test(v)));
  }
  if (pattern) {
    return fc.stringMatching(pattern, { size: "small" }).filter(fitsLength);
  }
  return fc.string({ minLength, maxLength, unit: "grapheme-ascii" });
}

function integerOf(s: SchemaObject) {
  let min = num(s.minimum) ?? Number.MIN_SAFE_INTEGER;
  let max = num(s.maximum) ?? Number.MAX_SAFE_INTEGER;
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  if (exMin !== undefined) min = Math.max(min, Math.floor(exMin) + 1);
  if (exMax !== undefined) max = Math.min(max, Math.ceil(exMax) - 1);
  const multipleOf = num(s.multipleOf);
  const int = fc.integer({
    min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER),
    max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER),
  });
  if (!multipleOf || !Number.isInteger(multipleOf)) return int;
  return fc
    .integer({ min: Math.ceil(min / multipleOf), max: Math.floor(max / multipleOf) })
    .map((k) => k * multipleOf);
}

function numberOf(s: SchemaObject) {
  if (num(s.multipleOf) !== undefined) return integerOf(s);
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  return fc.double({
    min: exMin ?? num(s.minimum) ?? -1e9,
    max: exMax ?? num(s.maximum) ?? 1e9,
    minExcluded: exMin !== undefined,
    maxExcluded: exMax !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

function arrayOf(s: SchemaObject, o: Opts) {
  const items = s.items === undefined ? {} : (s.items as JsonSchema);
  const minLength = num(s.minItems) ?? 0;
  const maxLength = Math.min(num(s.maxItems) ?? minLength + o.maxItems, minLength + o.maxItems);
  const item = valueOf(items, o);
  if (s.uniqueItems === true) {
    return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  }
  return fc.array(item, { minLength, maxLength });
}

function objectOf(s: SchemaObject, o: Opts) {
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) {
    const d = deref(sub, o.root);
    const hinted = o.hint && typeof d === "object" ? o.hint(name, d) : null;
    model[name] = hinted ?? valueOf(sub, o);
  }
  // A required name without a schema of its own still has to be present.
  for (const name of required) model[name] ??= fc.jsonValue({ maxDepth: 1 });
  const known = fc.record(model, { requiredKeys: [...required] });
  const extra = s.additionalProperties;
  if (extra && typeof extra === "object" && Object.keys(properties).length === 0) {
    // A map (`z.record`): a few entries of the value schema.
    const key =
      s.propertyNames && typeof s.propertyNames === "object"
        ? (valueOf(s.propertyNames as JsonSchema, o) as fc.Arbitrary<string>)
        : fc.string({ minLength: 1, maxLength: 12, unit: "grapheme-ascii" });
    const minKeys = num(s.minProperties) ?? 0;
    return fc.dictionary(key, valueOf(extra as JsonSchema, o), {
      minKeys,
      maxKeys: Math.max(minKeys, num(s.maxProperties) ?? 3),
    });
  }
  return known;
}

type Opts = Required<Omit<ConverterOptions, "root" | "hint">> &
  Pick<ConverterOptions, "hint"> & { root: unknown };

function ofType(type: TypeName, s: SchemaObject, o: Opts): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integerOf(s);
    case "number":
      return numberOf(s);
    case "string":
      return stringOf(s, o);
    case "array":
      return arrayOf(s, o);
    case "object":
      return objectOf(s, o);
  }
}

/** Values `schema` accepts. */
export function valueOf(schema: JsonSchema, options: ConverterOptions = {}): fc.Arbitrary<unknown> {
  const o: Opts = { ...DEFAULTS, ...options, root: options.root ?? schema };
  const s = deref(schema, o.root);
  if (s === true) return fc.jsonValue({ maxDepth: 2 });
  if (s === false) throw new Error("No value satisfies the schema `false`");
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const choices = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(choices)) {
    const siblings = { ...s };
    delete siblings.anyOf;
    delete siblings.oneOf;
    return fc.oneof(...choices.map((c) => valueOf(mergeAll([siblings, deref(c, o.root)]), o)));
  }
  if (Array.isArray(s.allOf)) {
    const { allOf, ...siblings } = s;
    return valueOf(
      mergeAll([siblings, ...(allOf as JsonSchema[]).map((c) => deref(c, o.root))]),
      o,
    );
  }
  const types = typesOf(s);
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((t) => ofType(t, s, o)));
}

/** A naive conjunction of object schemas: properties and required united, later keywords win. */
function mergeAll(schemas: JsonSchema[]): JsonSchema {
  const out: SchemaObject = {};
  for (const s of schemas) {
    if (typeof s !== "object") continue;
    for (const [k, v] of Object.entries(s)) {
      if (k === "properties") out.properties = { ...(out.properties as object), ...(v as object) };
      else if (k === "required")
        out.required = [...new Set([...((out.required as string[]) ?? []), ...(v as string[])])];
      else out[k] = v;
    }
  }
  return out;
}

/** One way a value was made wrong, named so a report can group by it. */
export type Mutation = { value: unknown; how: string };

const WRONG_TYPES: Record<TypeName, unknown[]> = {
  null: [0, "null"],
  boolean: ["true", 1],
  integer: ["1", 1.5, true],
  number: ["1", true, null],
  string: [123, true, ["x"], { x: 1 }],
  array: ["[]", { 0: 1 }, 7],
  object: ["{}", [], 42, null],
};

const MALFORMED: Record<string, string[]> = {
  date: ["2024-13-45", "31/12/2024", "yesterday", "20240101"],
  "date-time": ["2024-01-01 25:61", "not a time", "2024-01-01T00:00:00+99:00"],
  email: ["no-at-sign", "a@", "@example.com", "a b@example.com"],
  uri: ["not a url", "http//missing-colon", "://no-scheme"],
  url: ["not a url", "http//missing-colon"],
  uuid: [
    "not-a-uuid",
    "00000000-0000-0000-0000-00000000000",
    "g0000000-0000-4000-8000-000000000000",
  ],
};

/**
 * Values `schema` should refuse: a wrong type, a missing required or an unknown property,
 * a number out of range, a malformed format, a string too long, short or off-pattern, a value
 * outside its enum; inside objects and arrays, one part is wrong and the rest valid. The caller
 * checks each with a validator: some "wrong" values are still accepted by a permissive schema.
 */
export function invalidOf(
  schema: JsonSchema,
  options: ConverterOptions = {},
): fc.Arbitrary<Mutation> {
  const o: Opts = { ...DEFAULTS, ...options, root: options.root ?? schema };
  return invalidWithin(schema, o);
}

function invalidWithin(schema: JsonSchema, o: Opts): fc.Arbitrary<Mutation> {
  const s = deref(schema, o.root);
  if (typeof s !== "object") return fc.constant({ value: { unexpected: true }, how: "wrong type" });
  const ways: fc.Arbitrary<Mutation>[] = [];
  const types = typesOf(s);
  const wrongTypes = TYPES.filter((t) => types.length > 0 && !types.includes(t)).flatMap(
    (t) => WRONG_TYPES[t],
  );
  if (wrongTypes.length)
    ways.push(fc.constantFrom(...wrongTypes).map((value) => ({ value, how: "wrong type" })));
  if (Array.isArray(s.enum) || "const" in s)
    ways.push(fc.constant({ value: "not-one-of-the-allowed-values", how: "outside enum" }));
  const min = num(s.minimum) ?? num(s.exclusiveMinimum);
  const max = num(s.maximum) ?? num(s.exclusiveMaximum);
  if (min !== undefined) ways.push(fc.constant({ value: min - 1, how: "below minimum" }));
  if (max !== undefined) ways.push(fc.constant({ value: max + 1, how: "above maximum" }));
  if (types.includes("integer"))
    ways.push(fc.constant({ value: 0.5, how: "fraction for integer" }));
  if (typeof s.format === "string" && MALFORMED[s.format])
    ways.push(
      fc
        .constantFrom(...MALFORMED[s.format]!)
        .map((value) => ({ value, how: `malformed ${s.format}` })),
    );
  const maxLength = num(s.maxLength);
  if (maxLength !== undefined)
    ways.push(fc.constant({ value: "x".repeat(maxLength + 1), how: "longer than maxLength" }));
  const minLength = num(s.minLength);
  if (minLength)
    ways.push(fc.constant({ value: "x".repeat(minLength - 1), how: "shorter than minLength" }));
  if (typeof s.pattern === "string")
    ways.push(
      fc.constantFrom(" ", "\u0001", "no spaces allowed?!", "ÄÖÜ").map((value) => ({
        value,
        how: "off pattern",
      })),
    );
  if (types.includes("object") || s.properties) ways.push(...invalidObject(s, o));
  if (types.includes("array") && s.items !== undefined) {
    const item = s.items as JsonSchema;
    ways.push(
      fc
        .tuple(valueOf(s, o) as fc.Arbitrary<unknown[]>, invalidWithin(item, o))
        .map(([arr, bad]) => ({ value: [...(arr ?? []), bad.value], how: `item: ${bad.how}` })),
    );
  }
  // Past a large maxItems the body would be megabytes: the size limit (413) answers first.
  if (num(s.maxItems) !== undefined && num(s.maxItems)! <= 100 && s.items !== undefined) {
    ways.push(
      fc
        .array(valueOf(s.items as JsonSchema, o), {
          minLength: num(s.maxItems)! + 1,
          maxLength: num(s.maxItems)! + 1,
        })
        .map((value) => ({ value, how: "more than maxItems" })),
    );
  }
  if (ways.length === 0) return fc.constant({ value: undefined, how: "nothing to break" });
  return fc.oneof(...ways);
}

function invalidObject(s: SchemaObject, o: Opts): fc.Arbitrary<Mutation>[] {
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = (s.required ?? []) as string[];
  const valid = valueOf(s, o) as fc.Arbitrary<Record<string, unknown>>;
  const ways: fc.Arbitrary<Mutation>[] = [];
  if (required.length)
    ways.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([v, name]) => {
        const rest = { ...v };
        delete rest[name];
        return { value: rest, how: "missing required field" };
      }),
    );
  if (s.additionalProperties === false)
    ways.push(
      valid.map((v) => ({ value: { ...v, unknownField: "surprise" }, how: "unknown field" })),
    );
  const names = Object.keys(properties);
  if (names.length)
    ways.push(
      fc.constantFrom(...names).chain((name) =>
        fc.tuple(valid, invalidWithin(properties[name]!, o)).map(([v, bad]) => ({
          value: { ...v, [name]: bad.value },
          how: `${name}: ${bad.how}`,
        })),
      ),
    );
  return ways;
}

/** Strings a schema may accept that servers often choke on: control characters, sheer length. */
export function awkwardStringOf(schema: JsonSchema, options: ConverterOptions = {}) {
  const s = deref(schema, options.root ?? schema);
  const max = typeof s === "object" ? (num(s.maxLength) ?? 10_000) : 10_000;
  return fc.constantFrom(
    { value: "tab\there\u0007bell", how: "control characters" },
    { value: "x".repeat(Math.min(max, 10_000)), how: "very long string" },
    { value: "emoji 🚀 and RTL \u202e text", how: "unusual unicode" },
  );
}
