import Ajv2019 from "ajv/dist/2019";
import addFormats from "ajv-formats";
import achievementCredentialSchema from "./ob3/achievementcredential.schema.json";

/**
 * 1EdTech's JSON Schema for AchievementCredential (Open Badges 3.0, VC data model 2.0), pinned
 * in lib/badges/ob3/ with its source: never fetched at run time. Compiled once per process.
 */
let validate: ReturnType<Ajv2019["compile"]> | undefined;

function validator() {
  if (!validate) {
    // strict: false — the schema carries 1EdTech's own annotation keywords ($comment is fine,
    // but some `$defs` use keywords Ajv's strict mode reports as unknown).
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(achievementCredentialSchema);
  }
  return validate;
}

/** The schema's complaints about a credential (`/path message`), empty when it conforms. */
export function schemaErrors(credential: unknown): string[] {
  const check = validator();
  if (check(credential)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}
