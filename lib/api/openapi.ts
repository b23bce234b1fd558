import { z } from "zod";
import { SESSION_COOKIE } from "../auth/session-cookies.mjs";
import { ERROR_STATUS } from "../errors";
import { operationDescription } from "./descriptions";
import { withExamples } from "./examples";
import { operations, type Operation } from "./operations";

const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [string, ...string[]]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

const DESCRIPTIONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No content",
  400: "Malformed JSON",
  401: "Missing or bad credentials",
  403: "A cross-site write with the session cookie",
  404: "Not found, or not yours to see",
  409: "Conflict",
  413: "Body too large",
  415: "The body is not JSON (nor another media type the operation lists): see Content-Type",
  422: "Invalid fields (see error.fields)",
  429: "Rate limited (see Retry-After)",
  503: "Database unavailable",
};

type JsonSchema = Record<string, unknown>;

/**
 * The named schemas (zod `.meta({ id })`) met while generating, for `components.schemas`. Only
 * answers are named, so a name has one form; a second, different schema under a name fails.
 */
let components: Record<string, JsonSchema> = {};

const CSV = "text/csv";

/** Bounds zod adds to every integer (±2^53−1): they say nothing a client needs. */
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (!value || typeof value !== "object") return value;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === "minimum" || k === "maximum") && Math.abs(v as number) === Number.MAX_SAFE_INTEGER)
      continue;
    out[k] = withoutSafeIntegerBounds(v);
  }
  return out;
}

/** Every 429 says when to try again (errorResponse in handler.ts). */
const RETRY_AFTER = {
  description: "Seconds to wait before trying again",
  schema: { type: "integer", minimum: 1 },
};

/**
 * A method a path does not serve has no operation to document it on, so the info description
 * says it once (lib/api/methods.ts answers it).
 */
export const METHOD_NOT_ALLOWED_NOTE =
  "A method a path does not serve answers 405 `method_not_allowed` in the error format, with an `Allow` header listing the methods it does serve; an unknown path under /api/ answers 404 whatever the method.";

/** A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, without its `$schema`). */
function schemaOf(s: z.ZodType, io: "input" | "output"): JsonSchema {
  const generated = z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
  // References to the schema's own $defs become references to the document's components.
  const text = JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/');
  const { $defs, ...schema } = withoutSafeIntegerBounds(JSON.parse(text)) as JsonSchema;
  delete schema.$schema;
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(def))
      throw new Error(`Two different schemas are named ${name}`);
    components[name] = def;
  }
  return schema;
}

function parameters(o: Operation) {
  const list: object[] = [];
  for (const [where, schema] of [
    ["path", o.params],
    ["query", o.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input") as {
      properties?: Record<string, object>;
      required?: string[];
    };
    for (const [name, s] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        schema: s,
      });
    }
  }
  return list;
}

const API_DESCRIPTION = `Track the AI/ML engineer career roadmap: skills, study time, records, tiers, cohorts, coaching and badges.

**Authentication.** Send a personal access token as \`Authorization: Bearer epoch_…\` (create one in Settings or with \`POST /api/v1/tokens\`), or, from the web app, the session cookie. Operations marked public need neither.

**Errors.** Every error is JSON: \`{"error": {"code", "message", "fields"?}}\`. \`422 validation_failed\` names each bad field in \`error.fields\`; a bad request changes nothing. Another user's data answers 404, as if it did not exist. ${METHOD_NOT_ALLOWED_NOTE} A body that is not JSON where JSON is expected answers 415 \`unsupported_media_type\`, in the same format.

**Pagination.** Lists answer \`{"items": [...], "nextCursor": string | null}\`. Ask for up to \`?limit=\` items (at most 100) and pass \`nextCursor\` back as \`?cursor=\` for the next page; \`null\` means there is no more.

**Idempotent creates.** Creates that take a client-chosen \`id\` can be retried safely: the first answers 201, and a repeat with the same \`id\` answers 200 with the first body, creating nothing.

**Rate limits.** Rate-limited operations answer 429 with a \`Retry-After\` header (seconds); wait that long before trying again.`;

/** What each tag groups, in the order the document lists them. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  Public: "The service itself and what anyone may read without signing in.",
  Accounts:
    "Registration, the caller's account and profile, tokens, passwords, linked identities, notifications, export and import.",
  Roadmap:
    "The roadmap's tiers, tracks and milestones, and the caller's progress, plan and skill levels.",
  "Learner records":
    "The caller's activities, certifications, projects, papers and events: one kind of record per path, the same five operations each.",
  "Notes and resources": "Private Markdown notes and resource links on milestones and skills.",
  Cohorts:
    "Groups of learners with organizers and coaches: membership, sharing, invitations and exports.",
  "Cohort milestones": "A cohort's own milestones and its members' completion of them.",
  Coaching: "Coach and mentee links, invitations, mentees' progress and review requests.",
  Calendar: "The caller's private iCalendar feed.",
  Badges: "Open Badges 3.0 credentials for tiers and tracks, and the issuer's public keys.",
  Webhooks: "Signed event deliveries to the caller's or a cohort's HTTPS endpoints.",
};

/** The top-level `tags`: one per tag the operations use, each described. */
function declaredTags() {
  const used = new Set(Object.values(operations as Record<string, Operation>).map((o) => o.tag));
  // A tag not described yet is still declared (document-quality.test.ts fails until it is).
  const names = [...Object.keys(TAG_DESCRIPTIONS).filter((name) => used.has(name)), ...used];
  return [...new Set(names)].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? "" }));
}

/**
 * Where the document says the API is when no origin is given (files written for the linters and
 * generators): a reserved name that resolves nowhere (RFC 2606), since the real origin is only
 * known when the document is served.
 */
export const UNKNOWN_ORIGIN = "https://epoch.invalid";

/**
 * The OpenAPI 3 document, generated from the operations' zod schemas. `origin` is where the API
 * is served: the document's `servers`, absolute because tools that read the document from a file
 * cannot resolve a relative one (and linters flag it).
 */
export function openApiDocument({ origin = UNKNOWN_ORIGIN }: { origin?: string } = {}) {
  components = { Error: schemaOf(errorBody, "output") };
  const paths: Record<string, Record<string, object>> = {};
  for (const [id, o] of Object.entries(operations) as [string, Operation][]) {
    const ok = o.status ?? 200;
    const content: Record<string, object> = {};
    if (o.response && ok !== 204)
      content["application/json"] = { schema: schemaOf(o.response, "output") };
    if (o.csvResponse)
      content[CSV] = { schema: { type: "string", description: o.csvResponse.description } };
    const responses: Record<string, object> = {
      [ok]: {
        description: DESCRIPTIONS[ok] ?? "OK",
        ...(Object.keys(content).length ? { content } : {}),
      },
    };
    // An idempotent create repeated with the same client-chosen id: the first answer again.
    if (o.repeatStatus) {
      responses[o.repeatStatus] = {
        description:
          "A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed",
        content,
      };
    }
    for (const status of [...o.errors, 503]) {
      const schema =
        status === 503 && o.unavailableLikeResponse && o.response
          ? schemaOf(o.response, "output")
          : { $ref: "#/components/schemas/Error" };
      responses[status] = {
        description: DESCRIPTIONS[status] ?? "Error",
        ...(status === 429 ? { headers: { "Retry-After": RETRY_AFTER } } : {}),
        content: { "application/json": { schema } },
      };
    }
    (paths[o.path] ??= {})[o.method.toLowerCase()] = {
      operationId: id,
      summary: o.summary,
      tags: [o.tag],
      description: operationDescription(id, o),
      // Signed-in is the document's default (top-level `security`); public operations say so.
      ...(o.auth === "public" ? { security: [] } : {}),
      parameters: parameters(o),
      ...(o.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: schemaOf(o.body, "input") },
                ...(o.textBody
                  ? {
                      [o.textBody.contentType]: {
                        schema: { type: "string", description: o.textBody.description },
                      },
                    }
                  : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return withExamples({
    openapi: "3.1.0",
    info: {
      title: "Epoch API",
      version: "1",
      description: API_DESCRIPTION,
      contact: { name: "Epoch", url: origin },
      // No license is published: the project is private, all rights reserved.
      license: { name: "Proprietary (all rights reserved)", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: origin, description: "This deployment" }],
    security: [{ bearer: [] }, { session: [] }],
    tags: declaredTags(),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "epoch_ followed by 43 base64url characters",
          description:
            "A personal access token, created in Settings or with POST /api/v1/tokens. Send it as `Authorization: Bearer epoch_…`.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description:
            "The browser session of the web app. Writes with it must come from the app's own origin (else 403).",
        },
      },
    },
  });
}
