/**
 * Webhooks in the browser (docs/DECISIONS.md, "Webhooks"): the demo learner registers an
 * endpoint in Settings (a receiver this spec runs on 127.0.0.1; the e2e server allows
 * localhost targets), checks off a milestone of the demo cohort, the receiver gets a delivery
 * whose signature the `standardwebhooks` library verifies, and Settings shows the attempt with
 * its response code. The spec leaves the demo data as it found it.
 */
import http from "node:http";
import { Webhook } from "standardwebhooks";
import { DEMO_LEARNER, expect, test } from "./fixtures";

// The receiver's address, once it listens (on a port the system picks).
let TARGET = "";
const PATH = "/epoch-e2e-hook";
const COHORT = "spring-ml-bootcamp";

type Received = { headers: http.IncomingHttpHeaders; body: string };
let server: http.Server;
const received: Received[] = [];

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  TARGET = `http://127.0.0.1:${(server.address() as { port: number }).port}${PATH}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type Hook = { id: string; url: string };
type CohortMilestone = { id: string; title: string; completion: { attested?: boolean } };

test("the demo learner registers a webhook, an event is delivered signed, and Settings shows the response code", async ({
  page,
  auth,
}) => {
  await auth.signIn(DEMO_LEARNER);
  // Leftovers of an interrupted run go first.
  const mine = (await (await page.request.get("/api/v1/me/webhooks")).json()) as {
    items: Hook[];
  };
  for (const h of mine.items.filter(
    (x) => x.url.startsWith("http://127.0.0.1:") && x.url.endsWith(PATH),
  ))
    expect((await page.request.delete(`/api/v1/me/webhooks/${h.id}`)).status()).toBe(204);

  await page.goto("/settings#webhooks");
  const section = page.locator("section#webhooks");
  await expect(section.getByRole("heading", { name: "Webhooks" })).toBeVisible();
  await section.getByLabel("Endpoint URL").fill(TARGET);
  await section.getByLabel("cohort.milestone_completed").check();
  await section.getByRole("button", { name: "Add webhook" }).click();
  const secret = (await section.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  const item = section.getByRole("listitem", { name: `Webhook ${TARGET}` });
  await expect(item).toContainText("Active");

  // Checking off one of the cohort's own milestones (un-checked first, as the seed leaves it).
  const milestones = (await (
    await page.request.get(`/api/v1/cohorts/${COHORT}/milestones`)
  ).json()) as { items: CohortMilestone[] };
  const modelCard = milestones.items.find((m) => m.title.startsWith("Write a model card"))!;
  const attest = (attested: boolean) =>
    page.request.put(`/api/v1/cohorts/${COHORT}/milestones/${modelCard.id}/attestation`, {
      data: { attested },
    });
  const wasAttested = Boolean(modelCard.completion.attested);
  try {
    expect((await attest(false)).status()).toBe(200);
    const before = received.length;
    expect((await attest(true)).status()).toBe(200);

    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(before);
    const delivery = received[before]!;
    const payload = new Webhook(secret).verify(delivery.body, {
      "webhook-id": String(delivery.headers["webhook-id"]),
      "webhook-timestamp": String(delivery.headers["webhook-timestamp"]),
      "webhook-signature": String(delivery.headers["webhook-signature"]),
    }) as { type: string; data: { cohort: { slug: string }; milestone: { id: string } } };
    expect(payload.type).toBe("cohort.milestone_completed");
    expect(payload.data.cohort.slug).toBe(COHORT);
    expect(payload.data.milestone.id).toBe(modelCard.id);

    // Settings lists the attempt with the receiver's answer.
    await page.reload();
    const table = section.getByRole("table", { name: `Deliveries to ${TARGET}` });
    const row = table.getByRole("row").filter({ hasText: "cohort.milestone_completed" });
    await expect(row).toContainText("succeeded");
    await expect(row).toContainText("200");

    // Deleting it removes it from the list.
    page.once("dialog", (d) => void d.accept());
    await item.getByRole("button", { name: "Delete" }).click();
    await expect(item).toHaveCount(0);
  } finally {
    if (!wasAttested) await attest(false);
  }
});
