import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium where it is installed (browsers cannot be downloaded
// everywhere); elsewhere the one `npx playwright install chromium` fetched.
const executablePath =
  process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  // Two cores run the server, PostgreSQL and the browser: give screens a little more time than the default 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // Sign-up takes the browser's time zone: pin it, so date-based tests do not depend on the host's.
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build behind the app's own server (scripts/server.mjs: the CSP nonce);
    // `npm test` builds it first and points DATABASE_URL at an e2e database.
    // Idle connections are kept 70 s, not Node's 5: Playwright's request contexts reuse pooled
    // sockets without heeding the server's Keep-Alive timeout, and one reused just as the server
    // closed it failed a test with ECONNRESET (microsoft/playwright#42701).
    command: `node scripts/server.mjs -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 70000`,
    // Every test registers its accounts from 127.0.0.1 (hundreds per run): the sign-up limit
    // per client address would otherwise refuse them (a server reused locally needs it set too).
    // Webhooks to a receiver the webhooks spec runs on 127.0.0.1 (docs/DECISIONS.md, "Webhooks").
    env: { REGISTRATION_LIMIT: "100000", WEBHOOKS_ALLOW_LOCALHOST: "1" },
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
