import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Roster import with SMTP_URL set: each link is mailed, and then only its hash is kept. */
const received: { to: string[]; data: string }[] = [];
let refuse = "";
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(address.address === refuse ? new Error("mailbox unavailable") : undefined);
  },
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // Read once by lib/env.ts: set before the app's modules are loaded below.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Epoch <roster@epoch.test>";
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("roster import when SMTP_URL is set", () => {
  it("mails each new invitation its link and forgets the token; a mail that fails keeps the link", async () => {
    const { registerUser } = await import("../users/accounts");
    const { createCohort } = await import("./cohorts");
    const { importInvitations, listInvitations } = await import("./invitations");
    const organizer = await registerUser({
      name: "Olive Organizer",
      email: "olive@example.test",
      password: "long-enough-pass",
    });
    const actor = { userId: organizer.id, via: "session" as const };
    const cohort = await createCohort(actor, { name: "Mailed cohort" });
    refuse = "bounce@example.test";
    const result = await importInvitations(
      actor,
      cohort.slug,
      { csv: "mia@example.test,Mia\nbounce@example.test\n" },
      "https://epoch.example",
    );
    expect(result.invited).toEqual(["mia@example.test", "bounce@example.test"]);

    const list = await until(
      () => listInvitations(actor, cohort.slug, { limit: 10 }, "https://epoch.example"),
      (l) => !l.items.find((i) => i.email === "mia@example.test")?.link,
    );
    const mail = received.find((m) => m.to.includes("mia@example.test"));
    expect(mail, "no mail reached the SMTP server").toBeDefined();
    expect(mail!.data).toMatch(/Subject: Olive Organizer invites you to Mailed cohort on Epoch/);
    // Quoted-printable: long lines are wrapped with a soft break.
    expect(mail!.data.replace(/=\r\n/g, "")).toMatch(
      /https:\/\/epoch\.example\/cohorts\/invitation\/[A-Za-z0-9_-]{43}/,
    );
    // Mailed: the list no longer shows the link (only its hash is stored).
    expect(list.items.find((i) => i.email === "mia@example.test")!.link).toBeUndefined();
    // Not mailed: the organizer can still copy it.
    expect(list.items.find((i) => i.email === "bounce@example.test")!.link).toMatch(
      /^https:\/\/epoch\.example\/cohorts\/invitation\//,
    );
  });
});
