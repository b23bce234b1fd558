import http from "node:http";
import https from "node:https";
import { assertLiteralAllowed, guardedLookup, UnsafeTarget } from "./ssrf";

/** How long one delivery may take, from connecting to the last byte read. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Of the receiver's answer only this much is read; its status is what counts. */
const MAX_RESPONSE_BYTES = 16 * 1024;

export type SendResult = { responseCode: number | null; ok: boolean; error: string | null };

/**
 * POSTs one signed delivery. Connects only to an address guardedLookup checked (an IP literal
 * is checked here, as Node does not look it up), follows no redirect (a 3xx is a failure that
 * says where it pointed), gives up after DELIVERY_TIMEOUT_MS and reads at most
 * MAX_RESPONSE_BYTES of the answer. Never throws.
 */
export function sendDelivery(
  target: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs = DELIVERY_TIMEOUT_MS,
): Promise<SendResult> {
  return new Promise((resolve) => {
    let settled = false;
    const clock: { timer?: NodeJS.Timeout } = {};
    const finish = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(clock.timer);
      resolve(r);
    };
    let url: URL;
    try {
      url = new URL(target);
      assertLiteralAllowed(url);
    } catch (error) {
      return finish({
        responseCode: null,
        ok: false,
        error: error instanceof UnsafeTarget ? `refused: ${error.message}` : "not a valid URL",
      });
    }
    const client = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
    if (!client) return finish({ responseCode: null, ok: false, error: "not an http(s) URL" });
    const request = client.request(url, {
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "Epoch-Webhooks/1",
      },
      lookup: guardedLookup as never,
      agent: false,
    });
    clock.timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    request.on("response", (response) => {
      const code = response.statusCode ?? 0;
      let read = 0;
      const done = () => {
        const ok = code >= 200 && code < 300;
        const redirect = code >= 300 && code < 400;
        finish({
          responseCode: code,
          ok,
          error: ok
            ? null
            : redirect
              ? `redirect not followed${response.headers.location ? ` (to ${String(response.headers.location).slice(0, 200)})` : ""}`
              : `answered ${code}`,
        });
        response.destroy();
      };
      response.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read >= MAX_RESPONSE_BYTES) done();
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      finish({
        responseCode: null,
        ok: false,
        error:
          error instanceof UnsafeTarget || error.code === "EUNSAFETARGET"
            ? `refused: ${error.message}`
            : error.message || String(error.code),
      });
    });
    request.end(body);
  });
}
