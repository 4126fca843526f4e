/**
 * Loads every main page once, signed in as each kind of user, before the browser tests start.
 * A production Next.js server still loads and compiles each route's modules on its first
 * request; on a busy 2-core machine that first request took long enough to time out the first
 * test that happened to need it. Warming here makes each test's time its own work.
 */
import { TOTP } from "otpauth";

import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "@/lib/seed/demo-data";

const PAGES: Record<string, string[]> = {
  "admin@synergia.demo": [
    "/en",
    "/en/admin/users",
    "/en/admin/organizations",
    "/en/admin/audit",
    "/en/admin/catalog",
    "/en/admin/scoring",
    "/en/admin/outbox",
    "/en/account",
  ],
  "organizer.cn@synergia.demo": ["/en", "/en/recommendations", "/en/forums", "/en/moderation", "/en/initiatives/new"],
  "li.wei@hit.demo": ["/zh", "/zh/projects", "/zh/projects/new", "/zh/evidence", "/zh/tools/coordination", "/zh/account"],
};

/** The demo administrators and organizers sign in with a second factor. */
const TWO_FACTOR = new Set(["admin@synergia.demo", "organizer.cn@synergia.demo"]);

/**
 * The previous time step's code: still accepted (one step either side), and older than any code
 * the tests will type, since the server accepts only steps later than the last one it took.
 */
function previousStepCode(): string {
  const totp = new TOTP({ secret: DEMO_TOTP_SECRET, algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() - 30_000 });
}

/**
 * On a busy machine a sign-in can wait in the server's queue past the end of the time step after
 * the code's, and the code is then refused: a few attempts, each with a fresh code.
 */
async function signIn(base: string, email: string): Promise<string> {
  let last = "";
  for (let attempt = 0; attempt < (TWO_FACTOR.has(email) ? 3 : 1); attempt++) {
    const result = await signInOnce(base, email);
    if (result.session) return result.session;
    last = result.failure;
  }
  throw new Error(`Warm-up: signing in as ${email} failed (${last})`);
}

async function signInOnce(base: string, email: string): Promise<{ session?: string; failure: string }> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: DEMO_PASSWORD,
      ...(TWO_FACTOR.has(email) ? { code: previousStepCode() } : {}),
      json: "true",
    }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (session) return { session, failure: "" };
  const answer = (await res.json().catch(() => ({}))) as { url?: string };
  return { failure: `HTTP ${res.status}, ${answer.url ? new URL(answer.url).searchParams.get("error") : "no answer"}` };
}

// Not the inboxes: opening one could change what the notification tests expect to find unread.

/**
 * Returns how many pages were loaded; a page that fails here fails again, visibly, in its test.
 * Several instances of the app share the database, so one sign-in per person serves them all
 * (and a second-factor code is used once).
 */
export async function warmUp(bases: string[]): Promise<number> {
  let loaded = 0;
  const load = async (path: string, cookie?: string) => {
    for (const base of bases) {
      await fetch(`${base}${path}`, cookie ? { headers: { cookie } } : {}).then((r) => r.arrayBuffer());
      loaded++;
    }
  };
  for (const path of ["/en/login", "/zh/login", "/ru/login"]) await load(path);
  for (const [email, paths] of Object.entries(PAGES)) {
    const cookie = await signIn(bases[0], email);
    for (const path of paths) await load(path, cookie);
    // A project page with its charts and thread, through the first project the list links to.
    const list = await (await fetch(`${bases[0]}/en/projects`, { headers: { cookie } })).text();
    const project = /href="\/en\/projects\/([0-9a-f-]{36})"/.exec(list)?.[1];
    if (project) await load(`/en/projects/${project}`, cookie);
  }
  return loaded;
}
