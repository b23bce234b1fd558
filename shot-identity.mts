// Throwaway: screenshots of the sign-in page and Settings' sign-in methods.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { startTestIdP } from "./e2e/oidc-test-provider";

const app = "http://127.0.0.1:3421";
const idp = await startTestIdP({ port: 3427, redirectUris: [`${app}/api/auth/callback/oidc`] });
idp.people.set("shot", { email: "shot-idp@idp.example", email_verified: true, name: "Shawn Shot" });
const server = spawn(process.execPath, ["scripts/server.mjs", "-p", "3421", "-H", "127.0.0.1"], {
  env: { ...process.env, NODE_ENV: "production", AUTH_OIDC_ISSUER: idp.issuer, AUTH_OIDC_ID: idp.clientId, AUTH_OIDC_SECRET: idp.clientSecret, AUTH_OIDC_NAME: "Acme SSO", AUTH_GITHUB_ID: "x", AUTH_GITHUB_SECRET: "y" },
  stdio: "inherit",
});
await new Promise((r) => setTimeout(r, 6000));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(`${app}/sign-in`);
await page.screenshot({ path: "/tmp/shot-signin.png", fullPage: true });
await page.goto(`${app}/sign-up`);
const email = `shot-${Date.now()}@example.test`;
await page.getByLabel("Name", { exact: true }).fill("Pat Shot");
await page.getByLabel("Email", { exact: true }).fill(email);
await page.getByLabel("Password", { exact: true }).fill("a-long-password-1");
await page.getByRole("button", { name: "Create account" }).click();
await page.waitForURL(`${app}/dashboard`);
await page.goto(`${app}/settings`);
await page.locator("#sign-in-methods").screenshot({ path: "/tmp/shot-settings-1.png" });
await page.getByRole("button", { name: "Link Acme SSO" }).click();
await page.waitForURL((u) => u.origin === idp.issuer);
await page.locator('input[name="login"]').fill("shot");
await page.locator('input[name="password"]').fill("x");
await page.getByRole("button", { name: "Sign-in" }).click();
await page.getByRole("button", { name: "Continue", exact: true }).click();
await page.waitForURL(`${app}/settings?identity=Linked`);
await page.locator("#sign-in-methods").screenshot({ path: "/tmp/shot-settings-2.png" });
await page.emulateMedia({ colorScheme: "dark" });
await page.setViewportSize({ width: 390, height: 800 });
await page.locator("#sign-in-methods").screenshot({ path: "/tmp/shot-settings-3.png" });
await browser.close();
server.kill("SIGTERM");
await idp.close();
process.exit(0);
