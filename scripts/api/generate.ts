/**
 * What is generated from the OpenAPI document and committed: the TypeScript types of the typed
 * client (lib/api/schema.d.ts, through openapi-typescript) and the API reference (docs/API.md).
 * `tsx scripts/api/generate.ts types|docs|all` writes them (npm run api:types, api:docs,
 * api:generate); scripts/api/generate.test.ts fails when the committed ones are stale.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import * as prettier from "prettier";
import { openApiDocument } from "../../lib/api/openapi";

export const TYPES_PATH = "lib/api/schema.d.ts";
export const DOCS_PATH = "docs/API.md";

type Document = ReturnType<typeof openApiDocument>;

async function formatted(text: string, filepath: string) {
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...config, filepath });
}

/** lib/api/schema.d.ts: the document's paths, operations and schemas as TypeScript types. */
export async function apiTypes(doc: Document = openApiDocument()): Promise<string> {
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true });
  const header =
    "// Generated from the OpenAPI document by `npm run api:types`: do not edit. The typed client\n" +
    "// (lib/api/client.ts) takes its paths, parameters, bodies and answers from here.\n\n";
  return formatted(header + astToString(ast), TYPES_PATH);
}

// ---------------------------------------------------------------------------------------------
// docs/API.md

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  description?: string;
};
type MediaType = { schema?: Schema; example?: unknown };
type Parameter = { name: string; in: string; required?: boolean; schema: Schema };
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: object[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
};

// JavaScript's safe-integer bounds are what zod says of any integer: not a rule worth printing.
const isSafeBound = (n: number | undefined) => n !== undefined && Math.abs(n) >= 2 ** 53 - 1;

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

function resolve(schema: Schema, doc: Document): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split("/").pop()!;
  return (doc.components.schemas as Record<string, Schema>)[name] ?? schema;
}

/** A schema's type in a few words: `string (date) \| null`, `Webhook[]`, `"a" \| "b"`. */
function typeOf(schema: Schema, doc: Document): string {
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map((v) => typeOf(v, doc)))].join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "any";
  return types
    .map((t) => {
      if (t === "array") return `${schema.items ? typeOf(schema.items, doc) : "any"}[]`;
      if (t === "string" && schema.format) return `string (${schema.format})`;
      return t;
    })
    .join(" | ");
}

/** The rules a value must follow besides its type: lengths, bounds, patterns, defaults. */
function rulesOf(schema: Schema): string {
  const s = schema.anyOf?.find((v) => v.type !== "null") ?? schema;
  const rules: string[] = [];
  if (s.minLength !== undefined && s.maxLength !== undefined)
    rules.push(`${s.minLength}–${s.maxLength} characters`);
  else if (s.maxLength !== undefined) rules.push(`at most ${s.maxLength} characters`);
  else if (s.minLength !== undefined) rules.push(`at least ${s.minLength} characters`);
  const min = isSafeBound(s.minimum) ? undefined : s.minimum;
  const max = isSafeBound(s.maximum) ? undefined : s.maximum;
  if (min !== undefined && max !== undefined) rules.push(`${min}–${max}`);
  else if (max !== undefined) rules.push(`at most ${max}`);
  else if (min !== undefined) rules.push(`at least ${min}`);
  if (s.maxItems !== undefined) rules.push(`at most ${s.maxItems} items`);
  if (s.pattern && !s.format) rules.push(`matches \`${s.pattern}\``);
  if (s.items?.enum) rules.push(`each one of ${s.items.enum.map((v) => `\`${v}\``).join(", ")}`);
  if (schema.default !== undefined) rules.push(`default \`${JSON.stringify(schema.default)}\``);
  if (schema.description) rules.push(schema.description);
  return rules.join("; ");
}

function parametersTable(parameters: Parameter[], doc: Document) {
  if (parameters.length === 0) return [];
  return [
    "**Parameters**",
    "",
    "| Name | In | Type | Required | Rules |",
    "| --- | --- | --- | --- | --- |",
    ...parameters.map(
      (p) =>
        `| \`${p.name}\` | ${p.in} | ${cell(typeOf(p.schema, doc))} | ${p.required ? "yes" : "no"} | ${cell(rulesOf(p.schema))} |`,
    ),
    "",
  ];
}

function bodyTable(media: MediaType, doc: Document) {
  const schema = media.schema ? resolve(media.schema, doc) : undefined;
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return [
    "**Request body** (`application/json`)",
    "",
    "| Field | Type | Required | Rules |",
    "| --- | --- | --- | --- |",
    ...Object.entries(schema.properties).map(
      ([name, s]) =>
        `| \`${name}\` | ${cell(typeOf(s, doc))} | ${required.has(name) ? "yes" : "no"} | ${cell(rulesOf(s))} |`,
    ),
    "",
  ];
}

function example(title: string, value: unknown) {
  if (value === undefined) return [];
  return [`**${title}**`, "", "```json", JSON.stringify(value, null, 2), "```", ""];
}

const anchor = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .trim()
    .replaceAll(" ", "-");

function operationSection(method: string, route: string, o: Operation, doc: Document) {
  const statuses = Object.entries(o.responses);
  const success = statuses.filter(([status]) => /^2/.test(status));
  const errors = statuses.filter(([status]) => !/^2/.test(status));
  const json = o.requestBody?.content["application/json"];
  const otherTypes = Object.keys(o.requestBody?.content ?? {}).filter(
    (t) => t !== "application/json",
  );
  const responseExample = success
    .map(([, r]) => r.content?.["application/json"]?.example)
    .find((e) => e !== undefined);
  return [
    `### ${o.summary}`,
    "",
    `\`${method.toUpperCase()} ${route}\` · ${(o.security ?? doc.security).length === 0 ? "public" : "signed in (bearer token or session)"} · \`${o.operationId}\``,
    "",
    ...(o.description && o.description !== o.summary ? [o.description, ""] : []),
    ...parametersTable(o.parameters ?? [], doc),
    ...(json ? bodyTable(json, doc) : []),
    ...(otherTypes.length > 0
      ? [`Also accepts ${otherTypes.map((t) => `\`${t}\``).join(", ")} as the body.`, ""]
      : []),
    `**Success:** ${success.map(([status, r]) => `${status} ${r.description}`).join("; ")}`,
    "",
    ...(errors.length > 0
      ? [`**Errors:** ${errors.map(([status, r]) => `${status} ${r.description}`).join("; ")}`, ""]
      : []),
    ...example("Example request", json?.example),
    ...example("Example answer", responseExample),
  ];
}

/** docs/API.md: per tag, each operation with its auth, parameters, body, statuses and example. */
export async function apiDocs(doc: Document = openApiDocument()): Promise<string> {
  const byTag = new Map<string, string[]>(doc.tags.map((t) => [t.name, []]));
  for (const [route, methods] of Object.entries(doc.paths)) {
    for (const [method, o] of Object.entries(methods) as [string, Operation][]) {
      const lines = byTag.get(o.tags[0]!) ?? [];
      lines.push(...operationSection(method, route, o, doc));
      byTag.set(o.tags[0]!, lines);
    }
  }
  const lines = [
    `# ${doc.info.title} reference`,
    "",
    "<!-- Generated from the OpenAPI document (lib/api/openapi.ts) by `npm run api:docs`: do not edit by hand. -->",
    "",
    `Version ${doc.info.version}. The machine-readable document is served at \`GET /api/v1/openapi.json\` (OpenAPI ${doc.openapi}); this page is generated from it.`,
    "",
    doc.info.description,
    "",
    "## Contents",
    "",
    ...doc.tags.map((t) => `- [${t.name}](#${anchor(t.name)}): ${t.description}`),
    "",
  ];
  for (const tag of doc.tags) {
    lines.push(`## ${tag.name}`, "", tag.description, "", ...(byTag.get(tag.name) ?? []));
  }
  return formatted(lines.join("\n"), DOCS_PATH);
}

async function main(what: string | undefined) {
  const doc = openApiDocument();
  const jobs: [string, () => Promise<string>][] = [];
  if (what === "types" || what === "all") jobs.push([TYPES_PATH, () => apiTypes(doc)]);
  if (what === "docs" || what === "all") jobs.push([DOCS_PATH, () => apiDocs(doc)]);
  if (jobs.length === 0) throw new Error("Usage: tsx scripts/api/generate.ts types|docs|all");
  for (const [file, make] of jobs) {
    writeFileSync(path.resolve(file), await make());
    console.log(`Wrote ${file}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
