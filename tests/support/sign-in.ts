/**
 * Signing in as a demo account, for the browser tests, the warm-up before them and the benches:
 * the password, then, when the server asks for it, a code from the demo authenticator key.
 *
 * The server accepts each TOTP time step once per account, only later than the last step it
 * took, and one step either side of now (RFC 6238's replay rule). This process remembers the
 * steps it used, so a second sign-in within 30 s takes the next step's code and only a third
 * waits for time to move on. A step spent by another process (the warm-up, an earlier
 * Playwright worker) is refused as `codeInvalid`, and the next step's code is tried.
 */
import { TOTP } from "otpauth";

import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../lib/seed/demo-data";

const usedSteps = new Map<string, number>();

/**
 * `previous`: start from the step before now, which the server still accepts; the warm-up takes
 * it so that the codes the tests type later (from the current step on) are all still unused.
 */
type CodeOptions = { secret?: string; previous?: boolean };

/** A TOTP code that this process has not used for `account` yet. */
export async function freshCode(account: string, { secret = DEMO_TOTP_SECRET, previous = false }: CodeOptions = {}): Promise<string> {
  const key = `${account} ${secret}`;
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(previous ? now - 1 : now, (usedSteps.get(key) ?? -Infinity) + 1);
    if (step <= now + 1) {
      usedSteps.set(key, step);
      return new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: step * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Marks the step of a code typed by a test itself (e.g. the one that confirms enrolment). */
export function markStepUsed(account: string, secret: string, timestamp = Date.now()) {
  usedSteps.set(`${account} ${secret}`, Math.floor(timestamp / 1000 / 30));
}

/** next-auth's answer to a credentials sign-in (`{ url }`): null when signed in, else its error code. */
export function signInError(answer: { url?: string }): string | null {
  return answer.url ? new URL(answer.url).searchParams.get("error") : "noAnswer";
}

/**
 * Submits fresh codes for `account` until the server takes one (`submit` answers next-auth's error
 * code, null when signed in). Three tries at most: each refusal counts against the sign-in throttle.
 */
export async function withFreshCode<T extends { error: string | null }>(
  account: string,
  submit: (code: string) => Promise<T>,
  options: CodeOptions = {},
): Promise<T> {
  let answer = await submit(await freshCode(account, options));
  for (let retry = 0; retry < 2 && answer.error === "codeInvalid"; retry++) answer = await submit(await freshCode(account, options));
  return answer;
}

/** Session cookie from the real sign-in path over HTTP: CSRF token, then the credentials callback. */
export async function signInOverHttp(base: string, email: string, password = DEMO_PASSWORD, options: CodeOptions = {}): Promise<string> {
  let answer = await postCredentials(base, email, password);
  if (answer.error === "secondFactorRequired")
    answer = await withFreshCode(email, (code) => postCredentials(base, email, password, code), options);
  if (!answer.session) throw new Error(`Signing in as ${email} failed (HTTP ${answer.status}, ${answer.error})`);
  return answer.session;
}

async function postCredentials(base: string, email: string, password: string, code?: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, ...(code ? { code } : {}), json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  const error = session ? null : signInError((await res.json().catch(() => ({}))) as { url?: string });
  return { session, error, status: res.status };
}
