/**
 * The production web server: Next.js' own request handler, as `next start` runs it, inside a
 * plain Node HTTP server. The one addition: a request may ask for its HTTP status
 * (lib/http/response-status.ts) where Next.js fixes it, so a server action or a page that found
 * the database unreachable answers 503 with Retry-After instead of 200 or 500.
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 127.0.0.1]
 */
import { createServer, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";

import { responseState, type ResponseState } from "@/lib/http/response-status";

import { ROOT } from "./build-hash";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Every interface unless told, as `next start` (not HOSTNAME: containers set it to their id).
const hostname = values.hostname ?? "0.0.0.0";
// As `next start` does; Next.js reads it while loading.
(process.env as Record<string, string>).NODE_ENV = "production";

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

/** Next.js writes its status through writeHead (explicitly or implicitly); the state's wins. */
function applyState(res: ServerResponse, state: ResponseState) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (state.status && (statusCode === 200 || statusCode === 500)) {
      statusCode = state.status;
      if (statusCode === 503 && !this.hasHeader("retry-after")) this.setHeader("Retry-After", "5");
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
}

const server = createServer((req, res) => {
  const state: ResponseState = {};
  applyState(res, state);
  void responseState.run(state, () => handle(req, res));
});
server.listen(port, hostname, () => console.log(`Synergia web server listening on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
