import http from "node:http";

import postgres from "postgres";

import { hashPassword } from "../../lib/auth/password";

/**
 * What an attacker's script does, for the security probes (tests/e2e) and
 * `npm run bench:reliability`: next-auth's sign-in as its client posts it, from any loopback
 * address (each 127.0.0.x is a client of its own to the server's per-address limits), and
 * accounts staged in the database (no page creates one with a known password).
 */

/** Maps next-auth's answer to its error code, "csrf" or "ok". */
export function outcomeOf(url: string): string {
  const parsed = new URL(url);
  return parsed.searchParams.get("error") ?? (parsed.searchParams.has("csrf") ? "csrf" : "ok");
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request whose socket leaves from `localAddress` (127.0.0.x: a client of its own). */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/** A whole sign-in (CSRF token, then the credentials callback) from `localAddress`. */
export async function signInFrom(
  localAddress: string,
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const csrf = await requestFrom(localAddress, `${baseURL}/api/auth/csrf`);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken: token } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await requestFrom(localAddress, `${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken: token, json: "true" }).toString(),
  });
  return outcomeOf((JSON.parse(answer.body) as { url: string }).url);
}

/** A partner account of its own, with a known password, in the first organization or `colleagueOf`'s. */
export async function stagePartner(databaseUrl: string, email: string, password: string, colleagueOf?: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const hash = await hashPassword(password);
    await sql`
      INSERT INTO users (id, email, name, role, status, locale, organization_id, password_hash, updated_at)
      SELECT gen_random_uuid(), ${email}, 'Probe Target', 'PARTNER', 'ACTIVE', 'en', id, ${hash}, now()
      FROM organizations
      WHERE ${colleagueOf ?? null}::text IS NULL OR id = (SELECT organization_id FROM users WHERE email = ${colleagueOf ?? null})
      ORDER BY name_en LIMIT 1`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
