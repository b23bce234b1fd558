import http from "node:http";
import https from "node:https";
import type { Answer } from "./check";

// The contract run's transport (run.ts).

const agentOptions = { keepAlive: true, maxSockets: 4 };
const httpAgent = new http.Agent(agentOptions);
const httpsAgent = new https.Agent(agentOptions);

/**
 * One request through node:http rather than fetch: fetch refuses methods such as TRACE and
 * some header combinations a contract test needs to send.
 */
export function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  const u = new URL(url);
  const lib = u.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      {
        method,
        headers: {
          ...headers,
          ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}),
        },
        agent: u.protocol === "https:" ? httpsAgent : httpAgent,
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
          resolve({
            status: res.statusCode ?? 0,
            headers: h,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Closes the kept-alive connections, once the run is over. */
export function closeConnections() {
  httpAgent.destroy();
  httpsAgent.destroy();
}
