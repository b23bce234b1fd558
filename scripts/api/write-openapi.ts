/**
 * Writes the OpenAPI document (the same one GET /api/v1/openapi.json serves) to a file, for the
 * linters and generators that read it from disk: `tsx scripts/api/write-openapi.ts [path]`.
 * The default path is ignored by git; the document itself is never committed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "../../lib/api/openapi";

export const DEFAULT_OPENAPI_PATH = ".generated/openapi.json";

const target = path.resolve(process.argv[2] ?? DEFAULT_OPENAPI_PATH);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(openApiDocument(), null, 2) + "\n");
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
