import { readFileSync, statSync } from "node:fs";

import type { APIRequestContext } from "@playwright/test";
import postgres from "postgres";

import { outcomeOf, stagePartner as stage } from "../support/attacker";

export { requestFrom, signInFrom } from "../support/attacker";

/** The browser tests' side of tests/support/attacker.ts: Playwright's request context, the test database and the server log. */

/** next-auth's CSRF token (and its cookie, kept by `api`). */
export async function csrfToken(api: APIRequestContext): Promise<string> {
  return ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** next-auth's credentials sign-in as its client posts it. Returns the error code, "csrf" or "ok". */
export async function signInRequest(
  api: APIRequestContext,
  csrf: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const response = await api.post("/api/auth/callback/credentials", { form: { email, password, csrfToken: csrf, json: "true" }, headers });
  return outcomeOf(((await response.json()) as { url: string }).url);
}

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set. Run the browser tests with `npm run test:e2e`.");
  return url;
}

export const testDatabase = () => postgres(databaseUrl(), { max: 1, onnotice: () => {} });

/** A partner account of its own, with a known password, in the first organization or `colleagueOf`'s. */
export const stagePartner = (email: string, password: string, colleagueOf?: string) => stage(databaseUrl(), email, password, colleagueOf);

/**
 * Reads what the web servers (and the mail worker) write to their log from now on: the returned
 * call gives it, a second after it is called, for what a request logs as its answer goes out.
 */
export function serverLogFromNow(): () => Promise<string> {
  const file = process.env.E2E_SERVER_LOG;
  if (!file) throw new Error("E2E_SERVER_LOG is not set. Run the browser tests with `npm run test:e2e`.");
  const start = statSync(file).size;
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return readFileSync(file).subarray(start).toString("utf8");
  };
}
