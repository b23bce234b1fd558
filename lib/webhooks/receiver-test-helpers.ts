import http from "node:http";

/** A local HTTP receiver for webhook tests: records each request and answers as told. */
export type Received = { headers: http.IncomingHttpHeaders; body: string; at: number };

export type Receiver = {
  url: string;
  /** `host:port` as the delivery log and notifications name it. */
  host: string;
  received: Received[];
  /** The status (and headers) of the next answers; 200 by default. */
  answer: (status: number, headers?: Record<string, string>) => void;
  /** Resolves once `count` requests have arrived (or rejects after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<Received[]>;
  close: () => Promise<void>;
};

/** Listens on 127.0.0.1, on a port the system picks unless `port` is given. */
export async function startReceiver(port = 0, path = "/hook"): Promise<Receiver> {
  const received: Received[] = [];
  let status = 200;
  let extra: Record<string, string> = {};
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body, at: Date.now() });
      res.writeHead(status, { "content-type": "text/plain", ...extra });
      res.end("ok");
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: `http://${host}${path}`,
    host,
    received,
    answer: (s, h = {}) => {
      status = s;
      extra = h;
    },
    waitFor: (count, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`${received.length} of ${count} requests arrived`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(deadline);
            resolve(received);
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
