import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  // Only `drizzle-kit generate` is used; it needs no connection.
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/epoch" },
  strict: true,
});
