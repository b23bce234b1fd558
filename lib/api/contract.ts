import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Document = {
  paths: Record<string, Record<string, { responses: Record<string, DocumentedResponse> }>>;
};
type DocumentedResponse = { content?: Record<string, { schema?: object }> };

const DOCUMENT_ID = "https://epoch.invalid/openapi.json";

/** A JSON pointer token, then URI-escaped for use in a `$ref` fragment. */
const pointerToken = (token: string) =>
  encodeURIComponent(token.replaceAll("~", "~0").replaceAll("/", "~1"));

/**
 * Checks answers against an OpenAPI 3.1 document, the way an integrator's strict client would:
 * the status must be one the operation lists, a JSON answer must validate against the schema
 * documented for that status (Ajv, JSON Schema 2020-12, formats included), and an answer with
 * no documented content must have no body. The API tests run every answer through it
 * (docs/DECISIONS.md, "Every API answer is checked against the document"), so the document cannot promise what the server does not do.
 */
export function contractChecker(document: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  // The whole document as one schema resource, so `#/components/...` references resolve.
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const doc = document as Document;
  const compiled = new Map<string, ValidateFunction>();

  return function check(
    operation: { method: string; path: string },
    status: number,
    contentType: string | null,
    body: string,
  ): string[] {
    const where = `${operation.method} ${operation.path} → ${status}`;
    const documented = doc.paths[operation.path]?.[operation.method.toLowerCase()];
    if (!documented) return [`${where}: the operation is not in the document`];
    const response = documented.responses[String(status)];
    if (!response) {
      const listed = Object.keys(documented.responses).join(", ");
      return [`${where}: status ${status} is not documented (documented: ${listed})`];
    }
    const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? null;
    if (!response.content) {
      return body === "" ? [] : [`${where}: documented without a body, answered ${mediaType}`];
    }
    if (!mediaType || !response.content[mediaType]) {
      const listed = Object.keys(response.content).join(", ");
      return [`${where}: answered ${mediaType ?? "no content type"}, documented ${listed}`];
    }
    if (mediaType !== "application/json") return [];
    const key = `${operation.path} ${operation.method} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      const pointer = ["paths", operation.path, operation.method.toLowerCase(), "responses"]
        .concat([String(status), "content", mediaType, "schema"])
        .map(pointerToken)
        .join("/");
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
      compiled.set(key, validate);
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`${where}: the body is not JSON`];
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: ${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`,
    );
  };
}
