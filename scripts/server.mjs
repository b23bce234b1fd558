// The app's HTTP server: Next.js (the production build, or `--dev`) behind page-front.mjs,
// which gives each page its CSP nonce and sends signed-out visitors to sign-in, and
// method-front.mjs, which answers the methods Next.js cannot route (TRACE, …) with a 405. `npm start`
// runs one per core (lib/workers.mjs), `npm run dev` one with `--dev`, the e2e tests their own.
//   node scripts/server.mjs [--dev] [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]
// On SIGTERM/SIGINT it stops taking connections, finishes the requests in flight and exits
// with 128 + the signal's number, as `next start` does.
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openFrontDoor } from "../lib/front-door.mjs";
import { UNROUTABLE_METHOD_HEADER } from "../lib/route-methods.mjs";
import { forwardClientAddress, parseTrustedProxies } from "./lib/client-address.mjs";
import { methodFront } from "./lib/method-front.mjs";
import { pageFront } from "./lib/page-front.mjs";
import { gracefulShutdown } from "./lib/shutdown.mjs";

const root = path.resolve(import.meta.dirname, "..");

function fail(message) {
  console.error(message);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      dev: { type: "boolean", default: false },
      port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
      hostname: { type: "string", short: "H" },
      keepAliveTimeout: { type: "string" },
    },
  }));
} catch (error) {
  fail(
    `${error.message}\nUsage: node scripts/server.mjs [--dev] [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]`,
  );
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`The port must be a whole number from 0 to 65535 (got "${options.port}").`);
}
const keepAliveTimeout =
  options.keepAliveTimeout === undefined ? undefined : Number(options.keepAliveTimeout);
if (
  keepAliveTimeout !== undefined &&
  !(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0)
) {
  fail(
    `--keepAliveTimeout must be a whole number of milliseconds (got "${options.keepAliveTimeout}").`,
  );
}
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  fail(error.message);
}
const dev = options.dev;
const hostname = options.hostname;
// Before Next.js is loaded: it reads NODE_ENV as it loads.
process.env.NODE_ENV = dev ? "development" : "production";
// Tells the start-up check that pages are served through here (lib/front-door.mjs).
openFrontDoor();
const { default: next } = await import("next");

const server = http.createServer(async (req, res) => {
  shutdown.track(req, res);
  try {
    // Set only here (lib/route-methods.mjs), never taken from the client.
    delete req.headers[UNROUTABLE_METHOD_HEADER];
    const method = methodFront({ method: req.method, url: req.url });
    if (method?.reply) {
      res.writeHead(method.reply.status, method.reply.headers).end(method.reply.body);
      return;
    }
    if (method) {
      req.method = method.method;
      Object.assign(req.headers, method.requestHeaders);
    }
    const front = pageFront({ url: req.url, cookie: req.headers.cookie }, { development: dev });
    if (front.redirect) {
      res.writeHead(307, { Location: front.redirect, "Cache-Control": "no-store" }).end();
      return;
    }
    if (front.reply) {
      res.writeHead(front.reply.status, front.reply.headers).end(front.reply.body);
      return;
    }
    if (front.rewrite) req.url = front.rewrite;
    Object.assign(req.headers, front.requestHeaders);
    // The app keys its throttles on this header: it holds exactly the client address derived
    // here (client-address.mjs), never what the client wrote.
    forwardClientAddress(req, trustedProxies);
    for (const [name, value] of Object.entries(front.responseHeaders)) res.setHeader(name, value);
    await handle(req, res);
  } catch (error) {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (res.headersSent) res.destroy();
    else res.writeHead(500).end("Internal Server Error");
  }
});
// CONNECT asks for a tunnel and never reaches the handler above (Node.js hands it to "connect",
// and without a listener drops the connection): it gets the 405 of any other unroutable method.
server.on("connect", (req, socket) => {
  const { reply } = methodFront({ method: req.method, url: req.url });
  const body = Buffer.from(reply.body);
  const headers = { ...reply.headers, "Content-Length": body.length, Connection: "close" };
  socket.end(
    `HTTP/1.1 ${reply.status} Method Not Allowed\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("") +
      "\r\n" +
      body,
  );
});
if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;
// On SIGTERM: answers in flight finish, keep-alive connections close, and after 10 s the rest are cut.
const shutdown = gracefulShutdown(server, { deadlineMs: 10_000 });

// httpServer: in development Next.js attaches its hot-reload socket to it.
const app = next({ dev, dir: root, hostname, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.on("error", (error) => fail(`The server could not start: ${error.message}`));
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = !hostname || hostname === "0.0.0.0" ? "localhost" : hostname;
  const origin = `http://${shown}:${typeof address === "object" ? address.port : port}`;
  // As `next start` sets them: Next.js builds absolute URLs from these.
  process.env.PORT = String(typeof address === "object" ? address.port : port);
  process.env.__NEXT_PRIVATE_ORIGIN = origin;
  console.log(`Ready on ${origin}${dev ? " (development)" : ""}`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // Stop accepting connections, let the requests in flight finish, close keep-alive ones.
  void shutdown.close().then(async () => {
    await app.close().catch((error) => console.error(error));
    process.exit(128 + os.constants.signals[signal]);
  });
  if (dev) server.closeAllConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
