/**
 * The repository documents itself: code comments point to docs/ in this repository, never to
 * documents that live elsewhere, and what they (and the docs) point to exists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "lib", "db", "scripts", "e2e"];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|css|sql)$/;
const SKIPPED_DIRS = new Set(["node_modules", ".next", "test-results", "playwright-report"]);

/** Documents outside the repository that code once cited. */
const OUTSIDE_DOCUMENTS: [RegExp, string][] = [
  [/\bDESIGN\.md\b/, "a design document outside the repository"],
  [/\bDESIGN\s*§/, "a section of a design document outside the repository"],
  // docs/API.md is the repository's own reference (generated from the OpenAPI document).
  [/(?<!\bdocs\/)\bAPI\.md\b/, "an API document outside the repository"],
  [/\bSTACK\.md\b/, "a stack document outside the repository"],
  [/\.\.\/shared\//, "a folder outside the repository"],
];

/** A file in docs/ by name, optionally followed by `, "Section heading"`. */
const DOC_MENTION = /\bdocs\/([\w.-]+\.md)(?:,? "([^"\n]+)")?/g;

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith(".")) continue;
      found.push(...sourceFiles(path.join(dir, entry.name)));
    } else if (SOURCE_FILE.test(entry.name)) {
      found.push(path.join(dir, entry.name));
    }
  }
  return found;
}

/** The configuration files at the root (eslint.config.mjs, next.config.ts, …) and every source file. */
function allSources(): string[] {
  const atRoot = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE_FILE.test(e.name))
    .map((e) => path.join(root, e.name));
  return [...atRoot, ...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d)))];
}

/** The headings of a document in docs/, as written after the #s. */
function headingsOf(doc: string): Set<string> {
  const text = readFileSync(path.join(root, "docs", doc), "utf8");
  return new Set([...text.matchAll(/^#{1,6} +(.+?) *$/gm)].map((m) => m[1]!));
}

/** What is wrong with one file's text: outside documents, and docs/ mentions that lead nowhere. */
function problemsIn(
  text: string,
  docExists: (doc: string) => boolean,
  headings: (doc: string) => Set<string>,
): string[] {
  const problems: string[] = [];
  for (const [pattern, what] of OUTSIDE_DOCUMENTS) {
    const match = pattern.exec(text);
    if (match) problems.push(`cites ${what} ("${match[0]}")`);
  }
  for (const [, doc, section] of text.matchAll(DOC_MENTION)) {
    if (!docExists(doc!)) problems.push(`mentions docs/${doc}, which does not exist`);
    else if (section && !headings(doc!).has(section))
      problems.push(`mentions docs/${doc}, "${section}", which has no such heading`);
  }
  return problems;
}

describe("the repository documents itself", () => {
  const docExists = (doc: string) => existsSync(path.join(root, "docs", doc));
  const headingCache = new Map<string, Set<string>>();
  const headings = (doc: string) => {
    if (!headingCache.has(doc)) headingCache.set(doc, headingsOf(doc));
    return headingCache.get(doc)!;
  };

  it("finds the sources it checks", () => {
    const files = allSources().map((f) => path.relative(root, f));
    expect(files).toContain("lib/policy.ts");
    expect(files).toContain("scripts/server.mjs");
    expect(files).toContain("eslint.config.mjs");
    expect(files).toContain("db/migrations/0008_data_revision.sql");
    expect(files.some((f) => f.includes("node_modules"))).toBe(false);
  });

  it("tells a citation of an outside document and a broken docs/ mention from good ones", () => {
    const exists = (doc: string) => doc === "DECISIONS.md";
    const sections = () => new Set(["One session reader"]);
    const outside = "DESIGN" + ".md";
    expect(problemsIn(`// See ${outside} for why.`, exists, sections)).toHaveLength(1);
    expect(problemsIn("// The table of DESIGN " + "§6.", exists, sections)).toHaveLength(1);
    expect(problemsIn("// " + "API" + ".md lists it", exists, sections)).toHaveLength(1);
    expect(problemsIn("// ../" + "API" + ".md lists it", exists, sections)).toHaveLength(1);
    const reference = "docs/" + "API" + ".md";
    const withReference = (doc: string) => doc === "API" + ".md";
    expect(problemsIn(`// ${reference} lists it`, withReference, sections)).toEqual([]);
    expect(problemsIn(`// ${reference} lists it`, exists, sections)).toEqual([
      `mentions ${reference}, which does not exist`,
    ]);
    expect(problemsIn("import x from '../" + "shared/x';", exists, sections)).toHaveLength(1);
    // Built from parts, so that this file does not mention them itself.
    const nowhere = "docs/" + "NOWHERE.md";
    const decisions = "docs/" + "DECISIONS.md";
    expect(problemsIn(`// ${nowhere}`, exists, sections)).toEqual([
      `mentions ${nowhere}, which does not exist`,
    ]);
    expect(problemsIn(`// ${decisions}, "No such part"`, exists, sections)).toHaveLength(1);
    expect(problemsIn(`// ${decisions}, "One session reader"`, exists, sections)).toEqual([]);
    expect(problemsIn(`// (${decisions})`, exists, sections)).toEqual([]);
  });

  it("cites no document outside the repository, and every docs/ file and section it names exists", () => {
    const problems = allSources().flatMap((file) =>
      problemsIn(readFileSync(file, "utf8"), docExists, headings).map(
        (p) => `${path.relative(root, file)} ${p}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("names in docs/ only files of the repository that exist", () => {
    const docs = readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md"));
    expect(docs).toEqual(expect.arrayContaining(["ARCHITECTURE.md", "SCALING.md"]));
    const missing: string[] = [];
    for (const doc of [...docs.map((d) => `docs/${d}`), "README.md"]) {
      const text = readFileSync(path.join(root, doc), "utf8");
      // Backquoted paths into the project's folders: `lib/policy.ts`, `db/migrations/`.
      for (const [, named] of text.matchAll(
        /`((?:app|lib|db|scripts|e2e|docs)\/[^`\s*…<>{}]*)`/g,
      )) {
        if (!existsSync(path.join(root, named!))) missing.push(`${doc}: ${named}`);
      }
      for (const [, linked] of text.matchAll(/\]\(([\w./-]+\.md)\)/g)) {
        if (!existsSync(path.join(root, path.dirname(doc), linked!)))
          missing.push(`${doc}: ${linked}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
