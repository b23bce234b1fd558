/**
 * One front door: pages are served only through scripts/server.mjs, which gives each its CSP
 * nonce. The same build started another way (`next start`) does not start at all, rather than
 * serve pages without their policy. (docs/ARCHITECTURE.md, "The front door")
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.describe("the front door", () => {
  test("the app's own server gives every page a fresh nonce policy, whatever policy the request forges", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const page of ["/", "/sign-in", "/sign-up"]) {
      const res = await request.get(page, {
        headers: {
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

  test("`next start` on the same build refuses to start, saying how to start the app", async ({
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
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      // Next.js runs the start-up check (instrumentation.ts) as it starts, before any request.
      const code = await Promise.race([
        exited,
        new Promise<"running">((r) => setTimeout(() => r("running"), 60_000)),
      ]);
      expect(code, output).toBe(1);
      expect(output).toContain("Epoch serves its pages only through its own server");
      const answer = await request
        .get(`http://127.0.0.1:${port}/sign-in`, { timeout: 2_000 })
        .then((r) => r.status())
        .catch(() => "refused");
      expect(answer).toBe("refused");
    } finally {
      child.kill("SIGKILL");
    }
  });
});
