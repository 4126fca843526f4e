/**
 * `npm run bench:reliability` — the outside probes of issue 12 as a benchmark, not a timed test.
 * Starts the same throwaway installation as the browser tests (scripts/test-app.ts: production
 * build, embedded PostgreSQL with demo data), then, as an attacker and under load:
 *   1. burst: 200 parallel sign-ins at one account, wrong passwords and the right one last, each
 *      claiming another X-Forwarded-For → how many passwords were checked (goal ≤ 10);
 *   2. spoof: forged X-Forwarded-For against the per-address limit, forged Origin with a matching
 *      X-Forwarded-Host against the cross-site check → did either get through (goal: no);
 *   3. load: 100 connections for 30 s on a signed-in page → errors (goal 0);
 *   4. PostgreSQL stopped and started during a write load → acknowledged writes lost (goal 0)
 *      and seconds from the stop until writes succeed again (goal < 10);
 *   5. fuzz: ≥ 1,000 hostile payloads for every route handler and server action, sent as a
 *      partner of each country, an administrator, an organizer and anonymously → server
 *      failures (goal 0) and writes left by refused requests (goal 0).
 * The last line printed is one JSON object with the figures. BENCH_FUZZ_PER_ENDPOINT,
 * BENCH_LOAD_SECONDS and BENCH_LOAD_CONNECTIONS shorten a run while working on it.
 */
import { loadavg } from "node:os";

import { DEMO_PASSWORD } from "@/lib/seed/demo-data";

import { requestFrom, signInFrom, stagePartner } from "../tests/support/attacker";
import { findAction, serverActions } from "../tests/support/server-actions";
import { signInOverHttp } from "../tests/support/sign-in";
import { fuzz } from "./bench/fuzz";
import { restartUnderWrites } from "./bench/restart-under-writes";
import { ROOT } from "./build-hash";
import { startTestApp } from "./test-app";

const PER_ENDPOINT = Number(process.env.BENCH_FUZZ_PER_ENDPOINT ?? 1000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 100);
const say = (line: string) => process.stderr.write(`[bench:reliability] ${line}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

const cleanups: (() => Promise<unknown>)[] = [];
const aborter = new AbortController();
async function cleanup() {
  aborter.abort();
  for (const task of cleanups.reverse()) await task().catch((error) => console.error(error));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

async function burst(baseUrl: string, databaseUrl: string) {
  const email = `burst-${Date.now()}@example.test`;
  const password = "burst-target-password-2026";
  await stagePartner(databaseUrl, email, password);
  const outcomes = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      signInFrom("127.0.0.20", baseUrl, email, i === 199 ? password : `wrong-guess-${i}`, { "X-Forwarded-For": `10.${i}.0.1` }),
    ),
  );
  return { verified: outcomes.filter((o) => o === "invalidCredentials").length, rightOne: outcomes[199] };
}

/** true when a forged X-Forwarded-For or Origin/X-Forwarded-Host got through. */
async function spoof(baseUrl: string, databaseUrl: string, cookie: string): Promise<boolean> {
  const email = `spray-${Date.now()}@example.test`;
  const password = "spray-target-password-2026";
  await stagePartner(databaseUrl, email, password);
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInFrom("127.0.0.21", baseUrl, `sprayed-${i}-${Date.now()}@example.test`, "Spring2026!", { "X-Forwarded-For": `203.0.113.${i}` }),
    ),
  );
  const sprayed = await signInFrom("127.0.0.21", baseUrl, email, password, { "X-Forwarded-For": "198.51.100.77" });
  const forged = await requestFrom("127.0.0.22", `${baseUrl}/api/evidence`, {
    method: "POST",
    headers: {
      cookie,
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "content-type": "multipart/form-data; boundary=x",
    },
    body: "--x--\r\n",
  });
  say(`spoof: sign-in after spraying → ${sprayed}; forged Origin → HTTP ${forged.status}`);
  return sprayed === "ok" || forged.status !== 403;
}

/**
 * LOAD_CONNECTIONS clients, each asking for the page again as soon as it has the answer, for
 * LOAD_SECONDS; requests still running then are waited for and counted. (autocannon drops those,
 * and on a busy 2-core machine a signed-in page under 100 connections takes longer than a run.)
 */
async function loadPage(baseUrl: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + LOAD_SECONDS * 1000;
  const client = async () => {
    while (Date.now() < until) {
      const started = Date.now();
      try {
        const response = await fetch(`${baseUrl}/en/projects`, { headers: { cookie }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || !body.includes("</html>")) errors++;
      } catch {
        errors++;
      }
      latencies.push(Date.now() - started);
    }
  };
  await Promise.all(Array.from({ length: LOAD_CONNECTIONS }, client));
  latencies.sort((x, y) => x - y);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0;
  say(`load: ${latencies.length} requests, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, errors ${errors}`);
  return { requests: latencies.length, errors };
}

async function main() {
  say(`load average at start: ${load()}`);
  const app = await startTestApp({
    say,
    signal: aborter.signal,
    cleanups,
    // The write load is one user's comments, far beyond what a person writes in an hour.
    env: { RATE_LIMIT_COMMENTS: "1000000" },
  });
  const partnerCn = await signInOverHttp(app.baseUrl, "li.wei@hit.demo", DEMO_PASSWORD);
  const partnerRu = await signInOverHttp(app.baseUrl, "ivan.petrov@fefu.demo", DEMO_PASSWORD);
  // Signed in as every role, so that the fuzz reaches what administrators and organizers may do.
  const admin = await signInOverHttp(app.baseUrl, "admin@synergia.demo", DEMO_PASSWORD);
  const organizer = await signInOverHttp(app.baseUrl, "organizer.cn@synergia.demo", DEMO_PASSWORD);

  const b = await burst(app.baseUrl, app.databaseUrl);
  say(`burst: ${b.verified} passwords checked; the right one → ${b.rightOne}`);
  const spoofBypass = (await spoof(app.baseUrl, app.databaseUrl, partnerCn)) || b.rightOne === "ok";

  const loaded = await loadPage(app.baseUrl, partnerCn);

  const postgres = (await import("postgres")).default;
  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  const projectOf = async (email: string) =>
    (
      await sql<{ id: string }[]>`
        SELECT pp.project_id AS id FROM project_partners pp JOIN users u ON u.organization_id = pp.organization_id
        WHERE u.email = ${email} LIMIT 1`
    )[0].id;
  const writers = [
    ...Array.from({ length: 4 }, async () => ({ cookie: partnerCn, projectId: await projectOf("li.wei@hit.demo") })),
    ...Array.from({ length: 4 }, async () => ({ cookie: partnerRu, projectId: await projectOf("ivan.petrov@fefu.demo") })),
  ];
  const resolvedWriters = await Promise.all(writers);
  await sql.end({ timeout: 5 });
  const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
  const restart = await restartUnderWrites({ ...app, createComment, writers: resolvedWriters, say });
  say(`restart: ${restart.acked} writes acknowledged, ${restart.refusedDuringOutage} refused during the outage`);

  const fuzzed = await fuzz({ root: ROOT, ...app, cookies: [partnerCn, partnerRu, admin, organizer, ""], perEndpoint: PER_ENDPOINT, say });
  say(`fuzz: ${fuzzed.endpoints} endpoints; load average at the end: ${load()}`);

  console.log(
    JSON.stringify({
      burstVerified: b.verified,
      spoofBypass,
      fuzzRequests: fuzzed.fuzzRequests,
      fuzz5xx: fuzzed.fuzz5xx,
      partialWrites: fuzzed.partialWrites,
      loadRequests: loaded.requests,
      loadErrors: loaded.errors,
      pgRestartRecoveryS: restart.pgRestartRecoveryS,
      ackedWritesLost: restart.ackedWritesLost,
    }),
  );
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (error) {
  console.error(error);
} finally {
  await cleanup();
}
process.exit(exitCode);
