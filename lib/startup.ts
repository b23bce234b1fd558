import { BEHIND_MESSAGE, schemaStatus } from "@/db/status";
import { servedThroughFrontDoor } from "./front-door.mjs";
import { CONTENT_VERSION } from "./roadmap/content";

/**
 * Run once when the server starts (instrumentation.ts). A server started another
 * way than scripts/server.mjs, a production server without AUTH_SECRET, or a
 * database behind this code stops the start with a message; an unreachable
 * database does not (requests answer 503 until it is back).
 */
export async function assertReadyToServe(): Promise<void> {
  if (!servedThroughFrontDoor()) {
    console.error(
      "Epoch serves its pages only through its own server, which gives each page its Content-Security-Policy: start it with `npm start` (or `node scripts/start.mjs`), or `npm run dev`, not `next start` or `next dev` (docs/ARCHITECTURE.md, The front door).",
    );
    process.exit(1);
  }
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it.",
    );
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) return;
  const status = await schemaStatus(process.env.DATABASE_URL, CONTENT_VERSION);
  if (status.state === "behind") {
    console.error(BEHIND_MESSAGE(status.detail));
    process.exit(1);
  }
  if (status.state === "unreachable") {
    console.warn(
      `PostgreSQL is unreachable (${status.detail}); requests will answer 503 until it is back.`,
    );
  }
  if (process.env.NODE_ENV === "production" && process.env.WEBHOOKS_ALLOW_LOCALHOST === "1")
    console.warn(
      "WEBHOOKS_ALLOW_LOCALHOST=1: webhooks may be sent to this machine's loopback addresses. Unset it unless this server is for testing.",
    );
  startDeliveries();
}

/**
 * Webhook deliveries run in every app process (docs/DECISIONS.md, "Webhooks"), so `npm start`
 * and `npm run dev` need no second program. A failed start (the database down) is retried.
 */
function startDeliveries(delayMs = 5_000): void {
  import("./webhooks/worker")
    .then(async ({ startWebhookWorker, stopWebhookWorker }) => {
      await startWebhookWorker();
      // scripts/server.mjs closes the HTTP server on these and then exits: meanwhile the
      // runner finishes the attempts in flight and hands back the jobs it holds.
      for (const signal of ["SIGTERM", "SIGINT"] as const)
        process.once(signal, () => void stopWebhookWorker().catch(() => {}));
    })
    .catch((error: unknown) => {
      console.warn(
        `Webhook deliveries not started (${error instanceof Error ? error.message : String(error)}); retrying.`,
      );
      setTimeout(() => startDeliveries(Math.min(delayMs * 2, 60_000)), delayMs).unref();
    });
}
