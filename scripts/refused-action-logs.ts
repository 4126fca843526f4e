/**
 * Keeps requests anyone can send from flooding the server log (scripts/serve.ts installs it). For
 * a server action request whose body is not React's encoding (`garbage`, `["$Q1"]`, a broken
 * multipart body), Next.js logs the decoding error as an error with its stack, once or twice a
 * request, on stderr through console.error:
 *   ⨯ SyntaxError: Unexpected token 'g', "garbage" is not valid JSON    (its flight render's onError)
 *   ⨯ TypeError: Failed to parse body as FormData.                       (a form post: twice)
 * and the web server then refuses the request with 400 malformedRequest (scripts/request-state.ts),
 * as it does whatever else made Next answer an action with 500 before it ran (an Origin that is
 * not the host: Next's `… does not match origin … Aborting the action.` and its Error). Signed in
 * or not, a script could so fill the disk and bury the errors that matter.
 *
 * So what console.error is given inside a request Next may decode as a server action, before an
 * action of ours ran, is held until the response's status is known. Refused: it is replaced by one
 * pino warning, at most one a minute per process — the first in full, then how many requests were
 * refused since the last line. Answered otherwise: it is written as it came. Every other
 * console.error, and everything logged once an action ran, passes straight through.
 *
 * Remove this when Next.js no longer logs an unreadable action body as an error (check: post
 * `garbage` with a Next-Action header to a page, as tests/e2e/probes.spec.ts item 5 does, and read
 * the server's stderr), or when the web server no longer refuses such requests.
 */
import type { Logger } from "pino";

import { responseState, type ResponseState } from "@/lib/http/response-status";
import { log } from "@/lib/log";

const INSTALLED = Symbol.for("synergia.refusedActionLogsQuiet");

type Patched = Console & { [INSTALLED]?: true };

/** One request that Next.js may decode as a server action. */
type Held = { path: string; logged: unknown[][]; refused?: boolean };

type Refused = Omit<Held, "refused">;

const requests = new WeakMap<ResponseState, Held>();
let report: (request: Refused) => void = refusalReport(log, 60_000);
/** console.error as it was before this filter. */
let writeError: (...args: unknown[]) => void = (...args) => console.error(...args);

/**
 * Installs the console.error filter once; each call starts a new rate limit, writing to `logger`
 * (the app's log unless given) at most once per `intervalMs` (a minute unless given).
 */
export function quietRefusedActionLogs(options: { logger?: Pick<Logger, "warn">; intervalMs?: number } = {}): void {
  report = refusalReport(options.logger ?? log, options.intervalMs ?? 60_000);
  const target = console as Patched;
  if (target[INSTALLED]) return;
  const error = target.error;
  writeError = (...args) => error.apply(target, args);
  target.error = function (this: Console, ...args: unknown[]) {
    const state = responseState.getStore();
    const held = state && !state.actionRan ? requests.get(state) : undefined;
    if (!held || held.refused === false) return error.apply(this, args);
    // Refused and reported already: a late line of the same request adds nothing.
    if (held.refused === undefined) held.logged.push(args);
  };
  target[INSTALLED] = true;
}

/**
 * Starts holding what is logged inside the request of `state` (one Next.js may decode as a server
 * action, at `url`); the returned call settles it once: refused by the web server or not.
 */
export function holdActionLogs(state: ResponseState, url: string): (refused: boolean) => void {
  const held: Held = { path: url.split("?")[0].slice(0, 200), logged: [] };
  requests.set(state, held);
  return (refused) => {
    if (held.refused !== undefined) return;
    held.refused = refused;
    const logged = held.logged;
    held.logged = [];
    // Only what Next logged is replaced: a refusal without a log line adds none.
    if (!refused) for (const args of logged) writeError(...args);
    else if (logged.length > 0) report({ path: held.path, logged });
  };
}

/** The first refusal in full, then at most one line per `intervalMs` counting those since the last. */
function refusalReport(logger: Pick<Logger, "warn">, intervalMs: number): (request: Refused) => void {
  let lastLineAt: number | undefined;
  let count = 0;
  let latest: Refused | undefined;
  let timer: NodeJS.Timeout | undefined;
  const summarize = () => {
    timer = undefined;
    const { path, logged } = latest!;
    const error = firstError(logged);
    const message = (error instanceof Error ? error.message : error).slice(0, 200);
    logger.warn(
      { refused: count, path, error: message },
      "server action requests Next.js could not read, refused with 400 since the last line",
    );
    lastLineAt = Date.now();
    count = 0;
  };
  return (request) => {
    const now = Date.now();
    if (lastLineAt === undefined) {
      lastLineAt = now;
      const error = firstError(request.logged);
      logger.warn(
        { refused: 1, path: request.path, ...(error instanceof Error ? { err: error } : { error: error.slice(0, 200) }) },
        `a server action request Next.js could not read, refused with 400; further ones: at most one line every ${intervalMs / 1000} s`,
      );
      return;
    }
    count++;
    latest = request;
    if (timer) return;
    if (now - lastLineAt >= intervalMs) summarize();
    else timer = setTimeout(summarize, lastLineAt + intervalMs - now).unref();
  };
}

/** The Error Next.js logged (after its `⨯` prefix), or else what its first line said. */
function firstError(logged: unknown[][]): Error | string {
  const error = logged.flat().find((arg) => arg instanceof Error);
  return error instanceof Error ? error : (logged[0] ?? []).map(String).join(" ");
}
