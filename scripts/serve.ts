/**
 * The production web server: Next.js' request handler, as `next start` runs it, behind a plain
 * Node HTTP server of our own, so that
 * - the app learns the real socket address (which Next 16 does not expose) and never trusts a
 *   client's X-Forwarded-* (lib/http/request-client.ts has the rule, TRUST_PROXY the number of
 *   proxies);
 * - a request can set the HTTP status where Next.js fixes it (lib/http/response-status.ts): a
 *   server action or a page that found the database unreachable answers 503 with Retry-After
 *   instead of 200 or 500, a server action refused by a rate limit 429 with the limit's
 *   Retry-After, and one Next could not read answers 400 instead of 500;
 * - a path that is not percent-encoded UTF-8 gets 404, not Next's 500 (scripts/malformed-path.ts);
 * - finished renders are not kept alive by their abort reasons (scripts/abort-reasons.ts).
 * `npm start`, the browser tests, the benchmarks and the Docker image run it:
 *   node --import tsx scripts/serve.ts --port 3000 [--hostname 127.0.0.1]
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";

import { getEnv } from "@/lib/env";
import { prepareRequest, runWithClient } from "@/lib/http/request-client";
import { actionRefusal } from "@/lib/http/request-guard";
import { responseState, type ResponseState } from "@/lib/http/response-status";
import { log } from "@/lib/log";
import { listenForPublicChanges } from "@/lib/publication/invalidation";

import { formatAbortReasonStacks } from "./abort-reasons";
import { ROOT } from "./build-hash";
import { refuseMalformedPath } from "./malformed-path";

formatAbortReasonStacks();
// As `next start` does, before Next and React are loaded: they read it once.
Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
const { default: next } = await import("next");

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);
// As `next start` does: the server's own address for the requests it makes to itself (the PDF
// renderer fetches its print views from 127.0.0.1:PORT, lib/pdf/renderer.ts).
process.env.PORT = String(port);
const hostname = values.hostname;
const trustProxy = getEnv().TRUST_PROXY;

const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

// The public portal is cached in this process's memory; changes made through any instance reach
// it through PostgreSQL. Without the database at start, it keeps trying (the portal's 5-minute
// backstop holds meanwhile).
const listenForPortal = (): void =>
  void listenForPublicChanges().catch((err: unknown) => {
    log.warn({ err }, "cannot LISTEN for public portal changes yet; retrying in 5 s");
    setTimeout(listenForPortal, 5_000).unref();
  });
listenForPortal();

/**
 * A request Next.js decodes as a server action: called from script (the Next-Action header), or a
 * form posted to a page before JavaScript ran (multipart). Route handlers never take actions.
 */
function possibleServerAction(req: IncomingMessage): boolean {
  if (req.method !== "POST" || /^\/(api|_next)\//.test(req.url ?? "")) return false;
  return req.headers["next-action"] !== undefined || /^multipart\/form-data/i.test(req.headers["content-type"] ?? "");
}

/**
 * Next.js writes its status through writeHead (explicitly or implicitly); the state's wins. A
 * server action Next answers with 500 before our code ran (markActionRan) is a request it could
 * not read — a body that is not React's encoding, like `garbage`, `["$Q1"]` or a broken multipart
 * body — so it gets 400 and our JSON refusal instead of Next's error stream. write and end are
 * wrapped before Next's compression wraps them, so that the refusal replaces whatever Next
 * (compressed or not) writes.
 */
function applyState(res: ServerResponse, state: ResponseState, serverAction: boolean) {
  const { writeHead, write, end } = res;
  const unreadable = (statusCode: number) => statusCode === 500 && serverAction && !state.actionRan;
  let refusal: ReturnType<typeof actionRefusal> | null = null;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (state.status && (statusCode === 200 || statusCode === 500)) {
      statusCode = state.status;
      if (state.retryAfter !== undefined) this.setHeader("Retry-After", String(state.retryAfter));
      else if (statusCode === 503 && !this.hasHeader("retry-after")) this.setHeader("Retry-After", "5");
    } else if (unreadable(statusCode)) {
      refusal = actionRefusal(400, { code: "malformedRequest" });
      for (const name of ["content-type", "content-length", "content-encoding", "transfer-encoding"]) this.removeHeader(name);
      return writeHead.call(this, refusal.status, refusal.headers);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  // Decide before Next's first bytes go out (an implicit header would follow them).
  const decide = (response: ServerResponse) => {
    if (!response.headersSent && unreadable(response.statusCode)) response.writeHead(response.statusCode);
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    decide(this);
    if (!refusal) return (write as (...a: unknown[]) => boolean).apply(this, args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide(this);
    if (!refusal) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const callback = args.find((a) => typeof a === "function");
    return (end as (...a: unknown[]) => ServerResponse).call(this, refusal.body, ...(callback ? [callback] : []));
  } as typeof res.end;
}

const server = createServer((req, res) => {
  const malformed = refuseMalformedPath(req.url ?? "/");
  if (malformed) {
    res.writeHead(malformed.status, malformed.headers).end(malformed.body);
    return;
  }
  const client = prepareRequest(req, trustProxy);
  const state: ResponseState = {};
  applyState(res, state, possibleServerAction(req));
  void runWithClient(client, () => responseState.run(state, () => handle(req, res)));
});
// Longer than a load balancer's idle timeout, as `next start` does, so kept-alive sockets are
// not closed under a proxy that is about to reuse them.
server.keepAliveTimeout = 65_000;

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Stop accepting, let requests in flight finish (long-lived streams are cut by the caller's
    // SIGKILL timeout).
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}

server.listen(port, hostname, () => {
  console.log(`▲ Synergia on http://${hostname ?? "localhost"}:${port} (trusted proxies: ${trustProxy})`);
});
