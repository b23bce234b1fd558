import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Mail a real SMTP server on this machine received. */
const received: { from: string; to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        data,
      });
      callback();
    });
  },
});

async function waitForMail(to: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const mail = received.find((m) => m.to.includes(to));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // Read once by lib/env.ts: set before the app's modules are loaded below.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Epoch <coach-mail@epoch.test>";
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe("email notifications when SMTP_URL is set", () => {
  it("emails the invitee as well as notifying in the app", async () => {
    const { registerUser } = await import("../users/accounts");
    const { invite } = await import("../coaching/coaching");
    const { listNotifications } = await import("./notifications");
    const learner = await registerUser({
      name: "Mia Mailer",
      email: "mia@example.test",
      password: "long-enough-pass",
    });
    const coach = await registerUser({
      name: "Cole Coach",
      email: "cole@example.test",
      password: "long-enough-pass",
    });

    await invite(
      { userId: learner.id, via: "session" },
      { email: "cole@example.test", role: "coach" },
    );

    const mail = await waitForMail("cole@example.test");
    expect(mail, "no mail reached the SMTP server").toBeDefined();
    expect(mail!.from).toBe("coach-mail@epoch.test");
    expect(mail!.data).toMatch(/Subject: Mia Mailer asks you to be their coach/);
    expect(mail!.data).toContain("/coaching");
    const inApp = await listNotifications({ userId: coach.id, via: "session" }, { limit: 10 });
    expect(inApp.unread).toBe(1);
    expect(received.some((m) => m.to.includes("mia@example.test"))).toBe(false);
  });
});
