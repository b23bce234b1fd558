// `npm run badges:rotate-key [-- --algorithm eddsa|rs256]`: retires the key tier badges are
// signed with and makes a new one. Badges already issued stay verifiable: the retired key's
// public half stays in /.well-known/jwks.json (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)").
import { rotateSigningKey, type KeyAlgorithm } from "@/lib/badges/keys";
import { closeDb } from "@/db/client";

const args = process.argv.slice(2);
const at = args.indexOf("--algorithm");
const algorithm = (at >= 0 ? args[at + 1] : "eddsa") as KeyAlgorithm;
if (!["eddsa", "rs256"].includes(algorithm) || args.length !== (at >= 0 ? 2 : 0)) {
  console.error("Usage: npm run badges:rotate-key [-- --algorithm eddsa|rs256]");
  process.exit(1);
}

try {
  const { id, retired } = await rotateSigningKey(algorithm);
  console.log(
    `New badge signing key ${id} (${algorithm}).` +
      (retired.length ? ` Retired: ${retired.join(", ")} (still published).` : ""),
  );
} catch (error) {
  const cause = (error as { cause?: unknown }).cause;
  const reason = cause instanceof Error ? cause : error;
  console.error(reason instanceof Error ? reason.message : String(reason));
  process.exitCode = 1;
} finally {
  await closeDb();
}
