/**
 * One front door: pages are served only through scripts/server.mjs, which gives each its CSP
 * nonce. The same build started another way (`next start`) refuses every page instead of serving
 * it without a policy, whatever headers the client forges; the JSON API, which carries a policy
 * of its own from next.config.ts, still answers. (docs/ARCHITECTURE.md, "The front door")
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");
const PAGES = ["/", "/sign-in", "/sign-up", "/dashboard", "/roadmap", "/forgot-password"];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.describe("the front door", () => {
  test("the app's own server gives every page a fresh nonce policy, and a forged front-door header changes nothing", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const page of ["/", "/sign-in", "/sign-up"]) {
      const res = await request.get(page, {
        headers: {
          "x-epoch-front-door": "forged",
          "content-security-policy": "script-src 'nonce-forged'",
        },
      });
      expect(res.status(), page).toBe(200);
      const policy = res.headers()["content-security-policy"] ?? "";
      const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
      expect(nonce, page).toBeTruthy();
      expect(nonce).not.toBe("forged");
      expect(await res.text()).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
  });

  test("`next start` on the same build refuses every page, forged headers or not, and still answers the API", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const port = await freePort();
    const child: ChildProcess = spawn(
      path.join(root, "node_modules", ".bin", "next"),
      ["start", "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: "production",
          AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
          // Whatever the environment held, this process did not open the door itself.
          EPOCH_FRONT_DOOR_SECRET: "",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const base = `http://127.0.0.1:${port}`;
    try {
      await expect
        .poll(
          async () =>
            request
              .get(`${base}/api/v1/health`, { timeout: 2_000 })
              .then((r) => r.status())
              .catch(() => 0),
          { timeout: 60_000, message: `next start did not come up:\n${output}` },
        )
        .toBe(200);
      for (const page of PAGES) {
        for (const headers of [
          {} as Record<string, string>,
          {
            "x-epoch-front-door": "guess",
            "content-security-policy": "script-src 'nonce-abc'",
            cookie: "authjs.session-token=forged",
          },
        ]) {
          const res = await request.get(`${base}${page}`, { headers, maxRedirects: 0 });
          const body = await res.text();
          expect(res.status(), `${page} ${JSON.stringify(headers)}`).toBe(500);
          // Nothing of the page itself went out.
          expect(body).not.toMatch(/<form|<h1|Password|Epoch — your path/);
        }
      }
      expect(output).toContain("Pages are served only through the app's own server");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
