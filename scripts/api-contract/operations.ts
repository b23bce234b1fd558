import { HTTP_METHODS, type OpenApiDocument } from "./check";
import type { Operation } from "./generate";

// The operations of the served document as the contract run walks them (run.ts): their order,
// their names, and the path parameters harvested from answers.

/** A POST on a collection whose items have paths of their own (`/things` and `/things/{id}`). */
export const isCreateIn = (doc: OpenApiDocument) => (o: Pick<Operation, "method" | "path">) =>
  o.method === "post" &&
  !o.path.endsWith("}") &&
  Object.keys(doc.paths).some((p) => p.startsWith(`${o.path}/{`));

/** The document's operations in an order that lets creates come before reads, updates, deletes. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const method of HTTP_METHODS)
      if (item[method])
        ops.push({
          path,
          method,
          id: item[method].operationId ?? `${method} ${path}`,
          spec: item[method],
        });
  const isCreate = isCreateIn(doc);
  const phase = (o: Operation) =>
    isCreate(o) ? 0 : o.method === "get" ? 1 : o.method === "delete" ? 3 : 2;
  const depth = (o: Operation) => o.path.split("/").length;
  return ops
    .map((o, i) => ({ o, i }))
    .sort((a, b) => phase(a.o) - phase(b.o) || depth(a.o) - depth(b.o) || a.i - b.i)
    .map(({ o }) => o);
}

export const label = (op: Pick<Operation, "method" | "path">) =>
  `${op.method.toUpperCase()} ${op.path}`;

/** Walks a JSON answer for values of path parameters: `{slug}` from a `slug` key, `milestoneId` from `milestones[].id`. */
export function harvest(
  value: unknown,
  names: Set<string>,
  into: Record<string, string[]>,
  key = "",
) {
  const add = (name: string, v: unknown) => {
    if (!names.has(name) || (typeof v !== "string" && typeof v !== "number")) return;
    const list = (into[name] ??= []);
    if (!list.includes(String(v)) && list.length < 8) list.push(String(v));
  };
  if (Array.isArray(value)) {
    const singular = key.endsWith("s") ? key.slice(0, -1) : key;
    for (const item of value.slice(0, 20)) {
      if (item && typeof item === "object" && singular) {
        add(`${singular}Id`, (item as Record<string, unknown>).id);
        add(`${singular}Slug`, (item as Record<string, unknown>).slug);
      }
      harvest(item, names, into, key);
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      add(k, v);
      // A skill is named by its slug wherever it appears (`skill`, `skills: [...]`).
      if (k === "skill") add("skillSlug", v);
      if (k === "skills" && Array.isArray(v))
        for (const x of v) if (typeof x === "string") add("skillSlug", x);
      harvest(v, names, into, k);
    }
  }
}
