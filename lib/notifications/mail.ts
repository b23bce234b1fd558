import { env } from "../env";

/** True when the server sends email (SMTP_URL is set). */
export const canSendEmail = () => Boolean(env().SMTP_URL);

/** Sends one plain-text email through SMTP_URL. Throws when it cannot. */
export async function sendMail(message: { to: string; subject: string; text: string }) {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  const { createTransport } = await import("nodemailer");
  await createTransport(url).sendMail({ from: env().MAIL_FROM, ...message });
}
