/**
 * The fuzz phase of `npm run bench:reliability`: every route handler (each method it exports)
 * and every server action of the production build gets `perEndpoint` hostile payloads, sent with
 * each of `cookies` in turn (every role signed in, "" anonymously). A server failure is any 5xx,
 * or a server action answering the generic error (its HTTP status stays 200). A partial write is
 * a change to a domain table across a run of 100 requests that were all refused.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import fc from "fast-check";
import postgres from "postgres";

import { encodeReply, readActionAnswer, serverActions, type ActionRef } from "../../tests/support/server-actions";
import { arbitraries, knownKeys, RAW_ACTION_BODIES, sample } from "./fuzz-payloads";

// Written outside any request the fuzz makes (the mail worker, re-scoring jobs, sign-in
// bookkeeping, the abuse limits' counters): changes there are not partial writes.
const NOT_DOMAIN = new Set([
  "login_attempts",
  "user_sessions",
  "email_outbox",
  "rescore_jobs",
  "score_snapshots",
  "rate_limit_counters",
  "live_streams",
]);
const CHUNK = 100;
const PARALLEL = 8;
const QUERY_KEYS = [
  "target",
  "since",
  "before",
  "q",
  "from",
  "to",
  "action",
  "entityType",
  "callbackUrl",
  "cursor",
  "locale",
  "status",
  "limit",
  "id",
];

export type FuzzFigures = { fuzzRequests: number; fuzz5xx: number; partialWrites: number; endpoints: number };
type Endpoint = {
  name: string;
  send: (i: number, cookie: string | undefined) => Promise<{ failed: boolean; refused: boolean; note: string }>;
};
type Sender = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Buffer },
) => Promise<{ status: number; body: string }>;

/**
 * Keep-alive requests from one loopback address (its own client to the per-address limits). A
 * connection the server closed while idle is retried once on a fresh one; a request whose URL
 * overflows Node's 16 KiB header limit is answered 431 and its socket closed by the server, which
 * the client may see as a reset: that is a refusal, not a failure.
 */
function sender(localAddress: string): Sender {
  const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL, localAddress } as http.AgentOptions);
  const once = (url: string, init: Parameters<Sender>[1], viaAgent: http.Agent | false) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(url, { method: init.method, headers: init.headers, agent: viaAgent, localAddress }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      });
      request.on("error", reject);
      request.end(init.body);
    });
  return async (url, init) => {
    try {
      return await once(url, init, agent);
    } catch (error) {
      if (url.length > 16 * 1024) return { status: 431, body: "" };
      return once(url, init, false).catch((again: unknown) => {
        throw again instanceof Error ? again : error;
      });
    }
  };
}

/** Route handlers and their methods, from the build's app-paths manifest and their sources. */
function routeHandlers(root: string): { pattern: string; methods: string[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return Object.keys(manifest)
    .filter((key) => key.startsWith("/api/") && key.endsWith("/route"))
    .map((key) => {
      const pattern = key.replace(/\/route$/, "");
      const source = readFileSync(path.join(root, "app", pattern, "route.ts"), "utf8");
      const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      // next-auth exports its handler as both GET and POST in one line.
      if (/export \{[^}]*\bGET\b[^}]*\}/.test(source)) methods.push("GET", "POST");
      return { pattern, methods: [...new Set(methods)] };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** encodeURIComponent, with lone surrogates (which it refuses) sent as the bytes a client could send. */
function encodeSegment(value: string): string {
  return [...value].map((c) => (/^[\ud800-\udfff]$/.test(c) ? "%ED%A0%80" : encodeURIComponent(c))).join("");
}

const NEXTAUTH = ["signin", "signout", "session", "csrf", "providers", "callback/credentials", "signin/credentials", "error", "callback/x"];

export async function fuzz(options: {
  root: string;
  baseUrl: string;
  databaseUrl: string;
  cookies: string[];
  perEndpoint: number;
  say: (line: string) => void;
}): Promise<FuzzFigures> {
  const { root, baseUrl, perEndpoint, say } = options;
  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  const ids = (
    await sql<{ id: string }[]>`
      (SELECT id::text FROM joint_projects LIMIT 20) UNION ALL (SELECT id::text FROM evidence ORDER BY random() LIMIT 40)
      UNION ALL (SELECT id::text FROM comments LIMIT 20) UNION ALL (SELECT id::text FROM users LIMIT 20)
      UNION ALL (SELECT id::text FROM organizations LIMIT 10) UNION ALL (SELECT id::text FROM initiatives LIMIT 10)
      UNION ALL (SELECT id::text FROM notifications LIMIT 10) UNION ALL (SELECT id::text FROM indicators LIMIT 20)
      UNION ALL (SELECT id::text FROM evidence_attachments LIMIT 5) UNION ALL (SELECT id::text FROM forum_editions LIMIT 5)`
  ).map((r) => r.id);
  const targets = ids.slice(0, 20).map((id) => `PROJECT:${id}`);
  const a = arbitraries({ ids: [...ids, ...targets], keys: knownKeys(root) });
  const tables = (
    await sql<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`
  )
    .map((r) => r.name)
    .filter((name) => !NOT_DOMAIN.has(name));
  const fingerprint = async () => {
    const rows = await sql.unsafe<{ t: string; f: string }[]>(
      tables
        .map((t) => `SELECT '${t}' AS t, count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) AS f FROM "${t}" x`)
        .join(" UNION ALL "),
    );
    return new Map(rows.map((r) => [r.t, r.f]));
  };

  const send = sender("127.0.0.30");
  const endpoints: Endpoint[] = [];
  let seed = 1;
  for (const { pattern, methods } of routeHandlers(root)) {
    for (const method of methods) {
      const s = seed++;
      const segments = sample(a.text, perEndpoint, s);
      const queries = sample(fc.dictionary(fc.constantFrom(...QUERY_KEYS), a.text, { maxKeys: 4 }), perEndpoint, s + 1000);
      const bodies = sample(a.value, perEndpoint, s + 2000);
      endpoints.push({
        name: `${method} ${pattern}`,
        async send(i, cookie) {
          const filled = pattern
            .replace("[...nextauth]", NEXTAUTH[i % NEXTAUTH.length])
            .replace(/\[(\w+)\]/g, () => encodeSegment(i % 3 === 0 ? segments[i] : ids[i % ids.length]));
          const query = Object.entries(queries[i])
            .map(([k, v]) => `${k}=${encodeSegment(v)}`)
            .join("&");
          const url = `${baseUrl}${filled}${query ? `?${query}` : ""}`;
          const headers: Record<string, string> = { origin: baseUrl, ...(cookie ? { cookie } : {}) };
          let body: string | undefined;
          if (method !== "GET") {
            const payload = JSON.stringify(bodies[i]) ?? "null";
            if (i % 3 === 0) {
              headers["content-type"] = "application/json";
              body = payload;
            } else if (i % 3 === 1) {
              const file = `--b\r\nContent-Disposition: form-data; name="files"; filename="${segments[i].slice(0, 200).replace(/["\r\n]/g, "")}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ${segments[i].slice(0, 2000)}\r\n`;
              headers["content-type"] = "multipart/form-data; boundary=b";
              body = `--b\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${payload}\r\n${i % 2 ? file : ""}--b--\r\n`;
            } else {
              headers["content-type"] = "application/x-www-form-urlencoded";
              body = query;
            }
          }
          const answer = await send(url, { method, headers, body });
          return {
            failed: answer.status >= 500,
            refused: answer.status >= 400,
            note: `${answer.status} ${url.slice(0, 160)} ${answer.body.slice(0, 200)}`,
          };
        },
      });
    }
  }
  for (const action of serverActions(root)) {
    const s = seed++;
    const args = sample(
      fc.oneof(
        { weight: 7, arbitrary: a.record.map((r) => [r]) },
        { weight: 2, arbitrary: a.value.map((v) => [v]) },
        { weight: 1, arbitrary: fc.array(a.value, { maxLength: 3 }) },
      ),
      perEndpoint,
      s,
    );
    endpoints.push({
      name: `action ${action.file}#${action.name}`,
      send: (i, cookie) => callAction(send, baseUrl, action, i, args[i], cookie),
    });
  }

  let requests = 0;
  let failures = 0;
  let partial = 0;
  const samples: string[] = [];
  // One chunk's "after" is the next one's "before": nothing runs between them.
  let before = await fingerprint();
  for (const endpoint of endpoints) {
    let endpointFailures = 0;
    for (let start = 0; start < perEndpoint; start += CHUNK) {
      const indexes = Array.from({ length: Math.min(CHUNK, perEndpoint - start) }, (_, k) => start + k);
      let allRefused = true;
      // PARALLEL requests in flight at any time, each worker taking the next payload.
      let next = 0;
      const worker = async () => {
        while (next < indexes.length) {
          const i = indexes[next++];
          const answer = await endpoint.send(i, options.cookies[i % options.cookies.length] || undefined).catch((error: unknown) => ({
            failed: true,
            refused: true,
            note: `request failed: ${error instanceof Error ? error.message : String(error)}`,
          }));
          requests++;
          if (!answer.refused) allRefused = false;
          if (answer.failed) {
            failures++;
            endpointFailures++;
            if (samples.length < 40) samples.push(`${endpoint.name}: ${answer.note}`);
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const after = await fingerprint();
      const changed = tables.filter((t) => before.get(t) !== after.get(t));
      if (allRefused && changed.length > 0) {
        partial++;
        say(
          `partial write? ${endpoint.name}, requests ${start}–${start + indexes.length - 1}, all refused, changed: ${changed.join(", ")}`,
        );
      }
      before = after;
    }
    say(`${endpoint.name}: ${perEndpoint} payloads, ${endpointFailures} server failures`);
  }
  for (const line of samples) say(`server failure: ${line}`);
  await sql.end({ timeout: 5 });
  return { fuzzRequests: requests, fuzz5xx: failures, partialWrites: partial, endpoints: endpoints.length };
}

async function callAction(send: Sender, baseUrl: string, action: ActionRef, i: number, args: unknown[], cookie: string | undefined) {
  // One in fifty bodies is one React's client never sends.
  const body = i % 50 === 49 ? RAW_ACTION_BODIES[Math.floor(i / 50) % RAW_ACTION_BODIES.length] : encodeReply(args);
  const headers: Record<string, string> = {
    accept: "text/x-component",
    "next-action": action.id,
    "content-type": "text/plain;charset=UTF-8",
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  };
  const answer = await send(`${baseUrl}${action.path}`, { method: "POST", headers, body });
  const read = readActionAnswer(answer.status, answer.body);
  return {
    failed: answer.status >= 500 || read.serverError === "generic",
    refused: !read.ok,
    note: `${answer.status} ${read.serverError ?? ""} ${body.slice(0, 160)} → ${answer.body.slice(0, 200)}`,
  };
}
