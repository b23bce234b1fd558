import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` guards against client bundles; tests run on the server.
      "server-only": path.resolve(import.meta.dirname, "db/testing/empty.ts"),
    },
  },
  test: {
    include: ["{lib,app,db,scripts}/**/*.test.ts", "scripts/**/*.test.mjs"],
    // `*.citus.test.ts` need a Citus cluster: only `npm run test:citus` runs them.
    exclude:
      process.env.EPOCH_CITUS === "1"
        ? configDefaults.exclude
        : [...configDefaults.exclude, "**/*.citus.test.ts"],
    environment: "node",
    globalSetup: ["scripts/db/vitest-global-setup.ts"],
    setupFiles: [
      // `npm run test:citus` runs the suite on a Citus cluster, with databases made there.
      process.env.EPOCH_CITUS === "1"
        ? "scripts/db/vitest-citus-setup.ts"
        : "db/testing/setup-file.ts",
      "lib/api/testing/response-contract.ts",
    ],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: more workers only fight over them and PostgreSQL.
    maxWorkers: 2,
    server: { deps: { inline: ["next-auth"] } },
  },
});
