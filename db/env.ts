import { z } from "zod";

/**
 * The variables the client reads. db/ imports nothing from the app (docs/DECISIONS.md),
 * so it parses them itself; lib/env.ts includes the same fields in the whole environment.
 */
export const databaseEnvFields = {
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set: run the app through `npm run dev` or `npm start`, or set it to a postgres:// URL",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** "1" when DATABASE_URL is a Citus coordinator (docs/SCALING.md). */
  DATABASE_CITUS: z
    .enum(["0", "1"], { error: 'DATABASE_CITUS must be "1" (a Citus coordinator) or "0"' })
    .default("0")
    .transform((value) => value === "1"),
};

const schema = z.object(databaseEnvFields);

export type DatabaseEnv = z.infer<typeof schema>;

/** process.env read through a schema; a bad value fails with a message naming the variable. */
export function parseEnvironment<T extends z.ZodType>(envSchema: T): z.output<T> {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: DatabaseEnv | undefined;

/** Parsed once, at first use. */
export function databaseEnv(): DatabaseEnv {
  return (cached ??= parseEnvironment(schema));
}
