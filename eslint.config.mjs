import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without `where` would touch every row.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  // Layers (docs/DECISIONS.md, "db/ is a leaf"): db/ imports nothing from the rest of the
  // project, and app/ reaches the database only through lib/ (tests may set up rows directly).
  {
    files: ["db/**/*.{ts,tsx,mts,mjs,js}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/(?!db(/|$))",
              message: "db/ is a leaf: it imports only from db/ and packages.",
            },
            {
              regex: "^(\\.\\./)+(lib|app|scripts|e2e)(/|$)",
              message: "db/ is a leaf: it imports only from db/ and packages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.{ts,tsx}", "app/**/*-test-helpers.ts", "app/**/test-helpers.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)db(/|$)",
              message: "app/ reaches the database through lib/; only tests may import db/.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "scripts/bench-reference/.next/**",
    ".data/**",
    ".citus/**",
    "node_modules/**",
    "next-env.d.ts",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
