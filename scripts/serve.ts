/**
 * The production web server: Next.js' request handler, as `next start` runs it, behind a plain
 * Node HTTP server of our own, so that
 * - the app learns the real socket address (which Next 16 does not expose) and never trusts a
 *   client's X-Forwarded-* (lib/http/request-client.ts has the rule, TRUST_PROXY the number of
 *   proxies);
 * - a request can set the HTTP status where Next.js fixes it (lib/http/response-status.ts): a
 *   server action or a page that found the database unreachable answers 503 with Retry-After
 *   instead of 200 or 500, a server action refused by a rate limit 429 with the limit's
 *   Retry-After, and one Next could not read answers 400 instead of 500 (scripts/request-state.ts),
 *   its error log replaced by a rate-limited warning (scripts/refused-action-logs.ts), as is Next's
 *   warning of an action id the build does not have;
 * - a server action sent to a page without it is answered as one the build does not have, not
 *   forwarded by Next to the server itself (scripts/action-forwarding.ts);
 * - a client that leaves before its answer is complete is not logged as an uncaughtException
 *   (scripts/request-state.ts);
 * - a path that is not percent-encoded UTF-8 gets 404, not Next's 500 (scripts/malformed-path.ts);
 * - finished renders are not kept alive by their abort reasons (scripts/abort-reasons.ts).
 * `npm start`, the browser tests, the benchmarks and the Docker image run it:
 *   node --import tsx scripts/serve.ts --port 3000 [--hostname 127.0.0.1]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";

import { getEnv } from "@/lib/env";
import { prepareRequest, runWithClient } from "@/lib/http/request-client";
import { log } from "@/lib/log";
import { listenForPublicChanges } from "@/lib/publication/invalidation";

import { formatAbortReasonStacks } from "./abort-reasons";
import { refuseActionForwarding } from "./action-forwarding";
import { ROOT } from "./build-hash";
import { refuseMalformedPath } from "./malformed-path";
import { quietRefusedActionLogs } from "./refused-action-logs";
import { handleWithState } from "./request-state";

formatAbortReasonStacks();
quietRefusedActionLogs();
refuseActionForwarding();
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

const server = createServer((req, res) => {
  const malformed = refuseMalformedPath(req.url ?? "/");
  if (malformed) {
    res.writeHead(malformed.status, malformed.headers).end(malformed.body);
    return;
  }
  const client = prepareRequest(req, trustProxy);
  void runWithClient(client, () => handleWithState(req, res, handle));
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
