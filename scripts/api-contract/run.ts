import { randomUUID } from "node:crypto";
import fc from "fast-check";
import {
  checkAnswer,
  ContractValidator,
  type Answer,
  type CaseKind,
  type Failure,
  type OpenApiDocument,
} from "./check";
import {
  allowedByDocument,
  negativeCases,
  plausibleCases,
  positiveCases,
  type Case,
  type Known,
  type Operation,
} from "./generate";
import { harvest, isCreateIn, label, operationsOf } from "./operations";
import { closeConnections, send } from "./send";

/**
 * The property-based contract run: reads the served OpenAPI document, signs up one user, and
 * for every operation sends requests drawn from its schemas (positive) and made wrong
 * (negative), checking each answer against the document (check.ts). Each distinct failure of
 * an operation is shrunk by fast-check to a minimal reproducer.
 */
export type RunOptions = {
  baseUrl: string;
  /** Positive and negative cases per operation, each. */
  runs?: number;
  seed?: number;
  /**
   * Cases (positive and negative, each) for operations that document 429 (sign-up, sign-in,
   * password reset): each may count against the client's limit. 0 leaves them out.
   */
  throttledRuns?: number;
  /** Candidate requests fast-check may try while shrinking one failure. */
  shrinkBudget?: number;
  /** Only operations whose "METHOD /path" contains this text. */
  only?: string;
  log?: (line: string) => void;
};

export type Reproducer = {
  method: string;
  url: string;
  contentType?: string;
  body?: string;
  status: number;
  responseBody: string;
};

export type FailureRecord = Failure & {
  operation: string;
  caseKind: CaseKind;
  how: string;
  /** Requests with this failure. */
  count: number;
  reproducer: Reproducer;
};

export type OperationStats = {
  operation: string;
  requests: number;
  failing: number;
  /** How many answers had each status. */
  statuses: Record<string, number>;
  /** A method the document does not list for the path (a 405 probe), not an operation. */
  probe?: boolean;
};

export type RunReport = {
  baseUrl: string;
  seed: number;
  runs: number;
  operations: OperationStats[];
  failures: FailureRecord[];
  requests: number;
  /** Drawn cases the run did not send (a path parameter could not be filled). */
  skipped: number;
  durationMs: number;
};

type Outcome = { answer: Answer; failures: Failure[]; kind: CaseKind; request: Reproducer };

export async function runContract(options: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const baseUrl = options.baseUrl.replace(/\/$/, "");
  const runs = options.runs ?? 25;
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const throttledRuns = options.throttledRuns ?? 1;
  const shrinkBudget = options.shrinkBudget ?? 60;
  const log = options.log ?? (() => {});

  const docAnswer = await send(`${baseUrl}/api/v1/openapi.json`, "GET", {
    accept: "application/json",
  });
  if (docAnswer.status !== 200)
    throw new Error(`GET /api/v1/openapi.json answered ${docAnswer.status}`);
  const doc = JSON.parse(docAnswer.text) as OpenApiDocument;
  const validator = new ContractValidator(doc);
  const isCreate = isCreateIn(doc);
  const ops = operationsOf(doc).filter((o) => !options.only || label(o).includes(options.only));

  // One user per run: one registration and one sign-in, far below the per-client limits.
  const email = `contract-${randomUUID()}@example.com`;
  const password = `pw-${randomUUID()}`;
  const json = (method: string, path: string, body: unknown, token?: string) =>
    send(
      `${baseUrl}${path}`,
      method,
      {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body === undefined ? undefined : JSON.stringify(body),
    );
  const registered = await json("POST", "/api/v1/register", {
    name: "Contract Tester",
    email,
    password,
    timezone: "UTC",
  });
  if (registered.status !== 201)
    throw new Error(`Sign-up answered ${registered.status}: ${registered.text.slice(0, 200)}`);
  const tokenAnswer = await json("POST", "/api/v1/tokens", {
    email,
    password,
    name: "contract run",
  });
  if (tokenAnswer.status !== 201)
    throw new Error(
      `Token creation answered ${tokenAnswer.status}: ${tokenAnswer.text.slice(0, 200)}`,
    );
  const token = (JSON.parse(tokenAnswer.text) as { token: string }).token;
  const myId = (JSON.parse(registered.text) as { user: { id: string } }).user.id;

  // A bare `{id}` is bound only through the collection it was created in (knownFor): taken by
  // name, any id would do, the run's own token's included (DELETE /tokens/{id} would end the run).
  const paramNames = new Set(
    ops
      .flatMap((o) => (o.spec.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name))
      .filter((name) => name !== "id"),
  );
  const byName: Record<string, string[]> = { userId: [myId] };
  /** Created resources by the template of the collection they were created in. */
  const created = new Map<
    string,
    { params: Record<string, string>; body: Record<string, unknown> }[]
  >();

  const knownFor = (op: Operation): Known => {
    const bindings: Record<string, string>[] = [];
    for (const [collection, items] of created) {
      const rest = op.path.slice(collection.length);
      const m = op.path.startsWith(collection) ? /^\/\{([^}]+)\}/.exec(rest) : null;
      if (!m) continue;
      const name = m[1]!;
      for (const item of items) {
        const value =
          item.body[name] ??
          (name.endsWith("Id") || name === "id" ? item.body.id : item.body.slug) ??
          item.body.id;
        if (typeof value === "string") bindings.push({ ...item.params, [name]: value });
      }
    }
    return { bindings: bindings.slice(-10), byName };
  };

  let requests = 0;
  let skipped = 0;
  const stats = new Map<string, OperationStats>();
  const records = new Map<string, FailureRecord>();

  const urlOf = (op: Operation, c: Case): string | null => {
    let missing = false;
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const v = c.pathParams[name];
      if (v === undefined) missing = true;
      return encodeURIComponent(v ?? "");
    });
    if (missing) return null;
    const qs = new URLSearchParams(c.query).toString();
    return `${baseUrl}${path}${qs ? `?${qs}` : ""}`;
  };

  const cache = new Map<string, Outcome | null>();
  const repeated = new Set<string>();

  function record(
    op: Operation,
    kind: CaseKind,
    how: string,
    failures: Failure[],
    request: Reproducer,
  ) {
    for (const f of failures) {
      const id = `${label(op)}|${f.group}|${f.kind}`;
      const r = records.get(id);
      if (r) r.count++;
      else
        records.set(id, {
          ...f,
          operation: label(op),
          caseKind: kind,
          how,
          count: 1,
          reproducer: request,
        });
    }
  }

  async function sendCase(
    op: Operation,
    c: Case,
    url: string,
    authenticated: boolean,
  ): Promise<Outcome> {
    const contentType = c.body
      ? "raw" in c.body
        ? c.body.contentType
        : "application/json"
      : undefined;
    const body = c.body ? ("raw" in c.body ? c.body.raw : JSON.stringify(c.body.json)) : undefined;
    const kind: CaseKind = allowedByDocument(validator, op, c).allowed ? "positive" : "negative";
    const headers: Record<string, string> = { accept: "application/json" };
    if (contentType) headers["content-type"] = contentType;
    if (authenticated && op.spec.security?.length) headers.authorization = `Bearer ${token}`;
    const answer = await send(url, op.method.toUpperCase(), headers, body);
    requests++;
    const s = stats.get(label(op))!;
    s.requests++;
    s.statuses[answer.status] = (s.statuses[answer.status] ?? 0) + 1;
    const failures = checkAnswer(validator, op, kind, answer).map((f) =>
      f.group === "invalid input accepted"
        ? { ...f, kind: `${c.how || "invalid"} → ${answer.status}` }
        : f,
    );
    if (failures.length) s.failing++;
    const request: Reproducer = {
      method: op.method.toUpperCase(),
      url: url.slice(baseUrl.length),
      ...(contentType ? { contentType } : {}),
      ...(body !== undefined ? { body } : {}),
      status: answer.status,
      responseBody: answer.text.slice(0, 300),
    };
    return { answer, failures, kind, request };
  }

  async function execute(op: Operation, c: Case, authenticated = true): Promise<Outcome | null> {
    const url = urlOf(op, c);
    if (!url) {
      skipped++;
      return null;
    }
    const key = JSON.stringify([op.method, url, c.body, authenticated]);
    if (cache.has(key)) return cache.get(key)!;
    const outcome = await sendCase(op, c, url, authenticated);
    const { answer, kind } = outcome;
    cache.set(key, outcome);
    record(op, kind, c.how, outcome.failures, outcome.request);
    // A create sent twice, as a client retrying after a lost answer would: once per operation
    // and per way (with and without a client-chosen id), checked like the first.
    const withId = Boolean(c.body && "json" in c.body && (c.body.json as { id?: unknown })?.id);
    const repeatKey = `${label(op)}|${withId}`;
    if (isCreate(op) && answer.status === 201 && !repeated.has(repeatKey)) {
      repeated.add(repeatKey);
      const again = await sendCase(op, c, url, authenticated);
      record(
        op,
        again.kind,
        `repeated create${withId ? " with its id" : ""}`,
        again.failures,
        again.request,
      );
    }
    if (answer.status < 300 && answer.headers.get("content-type")?.includes("json")) {
      try {
        const parsed: unknown = JSON.parse(answer.text);
        harvest(parsed, paramNames, byName);
        if (
          op.method === "post" &&
          answer.status <= 201 &&
          parsed &&
          typeof parsed === "object" &&
          !Array.isArray(parsed)
        ) {
          const list = created.get(op.path) ?? [];
          list.push({ params: c.pathParams, body: parsed as Record<string, unknown> });
          created.set(op.path, list.slice(-5));
        }
      } catch {
        // Not JSON after all: the checks have said so.
      }
    }
    return outcome;
  }

  /**
   * Runs one arbitrary until it finds no new failure kind: each run stops at the first case
   * with a kind not seen yet, which fast-check then shrinks (only candidates with that same
   * kind count as failing); its minimal case replaces the reproducer. Answers are cached, so
   * replaying the same seed costs no requests up to where the previous run stopped.
   */
  async function explore(
    op: Operation,
    arb: fc.Arbitrary<Case>,
    numRuns: number,
    phaseSeed: number,
  ) {
    if (numRuns <= 0) return;
    const seen = new Set<string>();
    for (let round = 0; round < 12; round++) {
      let target: string | null = null;
      let budget = shrinkBudget;
      const result = await fc.check(
        fc.asyncProperty(arb, async (c) => {
          if (target !== null && budget-- <= 0) return true;
          const outcome = await execute(op, c);
          if (!outcome) return true;
          const keys = outcome.failures.map((f) => `${f.group}|${f.kind}`);
          if (target === null) {
            const fresh = keys.find((k) => !seen.has(k));
            if (!fresh) return true;
            target = fresh;
            return false;
          }
          return !keys.includes(target);
        }),
        { numRuns, seed: phaseSeed, endOnFailure: false },
      );
      if (!result.failed || target === null) return;
      seen.add(target);
      const shrunk = result.counterexample?.[0] as Case | undefined;
      const minimal = shrunk ? await withoutBystanders(op, shrunk, target) : undefined;
      const outcome = minimal ? await execute(op, minimal) : null;
      const record = records.get(`${label(op)}|${target}`);
      if (record && outcome) {
        record.reproducer = outcome.request;
        record.how = minimal!.how;
        const f = outcome.failures.find((x) => `${x.group}|${x.kind}` === target);
        if (f) record.detail = f.detail;
      }
    }
  }

  for (const op of ops)
    stats.set(label(op), { operation: label(op), requests: 0, failing: 0, statuses: {} });
  // Reads that need no path parameter first, once each: their answers name skills, milestones
  // and the like that later requests can use (and they are checked like any other).
  /**
   * fast-check shrinks values within the generator that drew them, which leaves optional
   * properties that have nothing to do with the failure: each is dropped in turn while the
   * failure stays.
   */
  async function withoutBystanders(op: Operation, c: Case, target: string): Promise<Case> {
    let best = c;
    const json = c.body && "json" in c.body ? c.body.json : undefined;
    if (!json || typeof json !== "object" || Array.isArray(json)) return best;
    for (const key of Object.keys(json).slice(0, 12)) {
      const body = { ...((best.body as { json: Record<string, unknown> }).json ?? {}) };
      delete body[key];
      const candidate = { ...best, body: { json: body } };
      const outcome = await execute(op, candidate);
      if (outcome?.failures.some((f) => `${f.group}|${f.kind}` === target)) best = candidate;
    }
    return best;
  }

  for (const op of ops)
    if (op.method === "get" && !op.path.includes("{"))
      await execute(op, { pathParams: {}, query: {}, how: "" });

  for (const [i, op] of ops.entries()) {
    const throttled = "429" in op.spec.responses;
    const known = knownFor(op);
    // Every case of an operation behind a limiter may count against it (a body sent as text
    // still reaches the sign-in check): few of them, so a run never locks the client out.
    const budget = throttled ? Math.min(throttledRuns, runs) : runs;
    // A few plausible requests first, until one succeeds (see plausibleCases).
    if (budget > 0)
      for (const c of fc.sample(plausibleCases(op, doc, known), { numRuns: 5, seed: seed + i })) {
        const outcome = await execute(op, c);
        if (outcome && outcome.answer.status < 300) break;
      }
    await explore(op, positiveCases(op, doc, known), budget, seed + i);
    await explore(op, negativeCases(op, doc, known), budget, seed + i + 100_003);
    if (op.spec.security?.length) {
      // Without credentials: 401, whatever the rest of the request.
      const [sample] = fc.sample(positiveCases(op, doc, known), { numRuns: 1, seed: seed + i });
      const outcome = sample ? await execute(op, sample, false) : null;
      if (outcome && outcome.answer.status !== 401) {
        const id = `${label(op)}|protocol|no credentials → ${outcome.answer.status}`;
        if (!records.has(id))
          records.set(id, {
            group: "protocol",
            kind: `no credentials → ${outcome.answer.status}`,
            detail: "an operation that needs credentials should answer 401 without them",
            operation: label(op),
            caseKind: "negative",
            how: "no credentials",
            count: 1,
            reproducer: outcome.request,
          });
      }
    }
    const s = stats.get(label(op))!;
    log(`${label(op)}: ${s.requests} requests, ${s.failing} failing`);
  }

  // Methods a path does not have: 405 with Allow and a JSON body. TRACE included.
  for (const path of new Set(ops.map((o) => o.path))) {
    const item = doc.paths[path]!;
    const missing = ["put", "patch", "delete", "post", "get"].find((m) => !item[m]);
    const probe = { path, method: "", id: "", spec: { responses: {} } } as Operation;
    const someOp = ops.find((o) => o.path === path)!;
    const [sample] = fc.sample(positiveCases(someOp, doc, knownFor(someOp)), { numRuns: 1, seed });
    const url = sample ? urlOf(someOp, sample) : null;
    if (!url) continue;
    for (const method of [missing, "trace"].filter(Boolean) as string[]) {
      const op = { ...probe, method };
      const name = label(op);
      if (!stats.has(name))
        stats.set(name, { operation: name, requests: 0, failing: 0, statuses: {}, probe: true });
      const answer = await send(url, method.toUpperCase(), {
        accept: "application/json",
        authorization: `Bearer ${token}`,
      });
      requests++;
      const s = stats.get(name)!;
      s.requests++;
      s.statuses[answer.status] = (s.statuses[answer.status] ?? 0) + 1;
      const failures = checkAnswer(validator, op, "wrong method", answer);
      if (failures.length) s.failing++;
      for (const f of failures)
        records.set(`${name}|${f.group}|${f.kind}`, {
          ...f,
          operation: name,
          caseKind: "wrong method",
          how: "method not in the document",
          count: 1,
          reproducer: {
            method: method.toUpperCase(),
            url: url.slice(baseUrl.length),
            status: answer.status,
            responseBody: answer.text.slice(0, 300),
          },
        });
    }
  }

  closeConnections();
  return {
    baseUrl,
    seed,
    runs,
    operations: [...stats.values()],
    failures: [...records.values()],
    requests,
    skipped,
    durationMs: Date.now() - started,
  };
}
