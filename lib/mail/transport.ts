// Not `server-only`: the mail worker (scripts/worker.ts) runs this in plain Node.
import nodemailer, { type Transporter } from "nodemailer";

import { getEnv, type Env } from "@/lib/env";

export type MailTransport = Pick<Transporter, "sendMail">;

/** The SMTP transport the settings describe, or null when none is configured (mail is stored). */
export function transportFromEnv(env: Env = getEnv()): MailTransport | null {
  if (env.SMTP_URL) return nodemailer.createTransport(env.SMTP_URL);
  if (!env.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    // Port 465 speaks TLS from the first byte; the others upgrade with STARTTLS.
    secure: env.SMTP_PORT === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : undefined,
  });
}
