import { z } from "zod";
import { SESSION_COOKIE } from "../auth/session-cookies.mjs";
import { ERROR_STATUS } from "../errors";
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
function schemaOf(s: z.ZodType, io: "input" | "output") {
  const schema: Record<string, unknown> = z.toJSONSchema(s, { io, unrepresentable: "any" });
  delete schema.$schema;
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

/** The OpenAPI 3 document, generated from the operations' zod schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const [id, o] of Object.entries(operations) as [string, Operation][]) {
    const ok = o.status ?? 200;
    const responses: Record<string, object> = {
      [ok]: {
        description: DESCRIPTIONS[ok] ?? "OK",
        ...(o.response && ok !== 204
          ? { content: { "application/json": { schema: schemaOf(o.response, "output") } } }
          : {}),
      },
    };
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
      security: o.auth === "user" ? [{ bearer: [] }, { session: [] }] : [],
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
  return {
    openapi: "3.1.0",
    info: {
      title: "Epoch API",
      version: "1",
      description: `Track the AI/ML engineer career roadmap: skills, study time, records, tiers.\n\n${METHOD_NOT_ALLOWED_NOTE}`,
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Error: schemaOf(errorBody, "output") },
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token from settings",
        },
        session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
      },
    },
  };
}
