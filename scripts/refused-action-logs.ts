/**
 * Keeps requests anyone can send from flooding the server log (scripts/serve.ts installs it).
 * Next.js logs two kinds of them with a stack, every time, whoever sends them:
 * - a server action request whose body is not React's encoding (`garbage`, `["$Q1"]`, a broken
 *   multipart body): the decoding error, once or twice a request, through console.error —
 *     ⨯ SyntaxError: Unexpected token 'g', "garbage" is not valid JSON    (its flight render's onError)
 *     ⨯ TypeError: Failed to parse body as FormData.                       (a form post: twice)
 *   and the web server then refuses the request with 400 malformedRequest (scripts/request-state.ts),
 *   as it does whatever else made Next answer an action with 500 before it ran (an Origin that is
 *   not the host: Next's `… does not match origin … Aborting the action.` and its Error);
 * - a server action request naming an action this build does not have (`Next-Action: deadbeef`, a
 *   42-character id of no action, a form's `$ACTION_ID_…` field): Next answers it itself, 400
 *   `Invalid Server Action request.` or 409 `Server Action unavailable.` with its
 *   x-nextjs-action-not-found header, and console.warn's the Error, 3 lines a request —
 *     Error: Failed to find Server Action "7f00…". This request might be from an older or newer deployment.
 *     Error: The Server Reference ID did not match the expected format. Received "deadbeef".
 *   and so is one naming an action of another page, which Next would forward there
 *   (scripts/action-forwarding.ts answers the forward as such a page and warns the same way) —
 *     Error: Server Action "7fd3…" is not on the page it was sent to; not forwarded to /[locale]/evidence/[id].
 * Signed in or not, a script could so fill the disk and bury the errors that matter.
 *
 * So what console.error and console.warn are given inside a request Next may decode as a server
 * action, before an action of ours ran, is held until the response's status is known. Refused (one
 * of the two above): Next's log of why is replaced by one pino warning per kind, at most one a
 * minute per process — the first in full, then how many requests were refused since the last line.
 * Everything else held is written as it came, in order, and so is all of it when the request ends
 * 2xx, 3xx, 5xx, or 4xx without Next's header. Every other console call, and everything logged
 * once an action ran, passes straight through.
 *
 * Drop a kind when Next.js no longer logs it with a stack (check: the probes of
 * tests/e2e/probes.spec.ts item 5 read the server's log), the first also when the web server no
 * longer refuses unreadable requests.
 */
import type { Logger } from "pino";

import { responseState, type ResponseState } from "@/lib/http/response-status";
import { log } from "@/lib/log";

const INSTALLED = Symbol.for("synergia.refusedActionLogsQuiet");

type Patched = Console & { [INSTALLED]?: true };
type Method = "error" | "warn";
type Line = { method: Method; args: unknown[] };

/**
 * How a request Next.js may decode as a server action ended: refused by the web server because
 * Next could not read it (400), answered by Next itself with a 4xx because it names no action of
 * its page, or anything else (nothing is replaced).
 */
export type ActionOutcome = { refused: "unreadable" } | { refused: "unknownAction"; status: number } | { refused: false };

type Kind = Exclude<ActionOutcome["refused"], false>;

/** One request that Next.js may decode as a server action. */
type Held = { path: string; lines: Line[]; outcome?: ActionOutcome };

/** A refused request's reason as Next logged it. */
type Refused = { path: string; status: number; logged: unknown[][] };

/** What the warnings of each kind say, before and after the count. */
const KINDS: Record<Kind, { one: (status: number) => string; many: string }> = {
  unreadable: {
    one: () => "a server action request Next.js could not read, refused with 400",
    many: "server action requests Next.js could not read, refused with 400 since the last line",
  },
  unknownAction: {
    one: (status) => `a server action request naming no action of its page, answered ${status} by Next.js`,
    many: "server action requests naming no action of their page, answered 400 or 409 by Next.js since the last line",
  },
};

const requests = new WeakMap<ResponseState, Held>();
let reports = refusalReports(log, 60_000);
/** console.error and console.warn as they were before this filter. */
const write: Record<Method, (...args: unknown[]) => void> = {
  error: (...args) => console.error(...args),
  warn: (...args) => console.warn(...args),
};

/**
 * Installs the console.error and console.warn filter once; each call starts new rate limits,
 * writing to `logger` (the app's log unless given) at most once per `intervalMs` (a minute unless
 * given) for each kind.
 */
export function quietRefusedActionLogs(options: { logger?: Pick<Logger, "warn">; intervalMs?: number } = {}): void {
  reports = refusalReports(options.logger ?? log, options.intervalMs ?? 60_000);
  const target = console as Patched;
  if (target[INSTALLED]) return;
  for (const method of ["error", "warn"] as const) {
    const original = target[method];
    write[method] = (...args) => original.apply(target, args);
    target[method] = function (this: Console, ...args: unknown[]) {
      const state = responseState.getStore();
      const held = state && !state.actionRan ? requests.get(state) : undefined;
      if (!held) return original.apply(this, args);
      const line = { method, args };
      if (!held.outcome) held.lines.push(line);
      // Refused and reported already: a late line of the same reason adds nothing.
      else if (!isReason(held.outcome, line)) original.apply(this, args);
    };
  }
  target[INSTALLED] = true;
}

/**
 * Starts holding what is logged inside the request of `state` (one Next.js may decode as a server
 * action, at `url`); the returned call settles it once, with how the request ended.
 */
export function holdActionLogs(state: ResponseState, url: string): (outcome: ActionOutcome) => void {
  const held: Held = { path: url.split("?")[0].slice(0, 200), lines: [] };
  requests.set(state, held);
  return (outcome) => {
    if (held.outcome) return;
    held.outcome = outcome;
    const lines = held.lines;
    held.lines = [];
    const reasons = lines.filter((line) => isReason(outcome, line));
    for (const line of lines) if (!reasons.includes(line)) write[line.method](...line.args);
    // Only what Next logged is replaced: a refusal without a log line adds none.
    if (outcome.refused && reasons.length > 0) {
      const status = outcome.refused === "unknownAction" ? outcome.status : 400;
      reports[outcome.refused]({ path: held.path, status, logged: reasons.map((line) => line.args) });
    }
  };
}

/**
 * Whether `line` is Next's log of why the request was refused: for an unreadable one every error
 * held (as before), for an unknown action the lone Error Next warns of (console.warn(err)).
 */
function isReason(outcome: ActionOutcome, { method, args }: Line): boolean {
  if (outcome.refused === "unreadable") return method === "error";
  if (outcome.refused === "unknownAction") return method === "warn" && args.length === 1 && args[0] instanceof Error;
  return false;
}

function refusalReports(logger: Pick<Logger, "warn">, intervalMs: number): Record<Kind, (request: Refused) => void> {
  return {
    unreadable: refusalReport(logger, intervalMs, KINDS.unreadable),
    unknownAction: refusalReport(logger, intervalMs, KINDS.unknownAction),
  };
}

/** The first refusal in full, then at most one line per `intervalMs` counting those since the last. */
function refusalReport(logger: Pick<Logger, "warn">, intervalMs: number, kind: (typeof KINDS)[Kind]): (request: Refused) => void {
  let lastLineAt: number | undefined;
  let count = 0;
  let latest: Refused | undefined;
  let timer: NodeJS.Timeout | undefined;
  const summarize = () => {
    timer = undefined;
    const { path, status, logged } = latest!;
    logger.warn({ refused: count, path, status, error: reason(firstError(logged)) }, kind.many);
    lastLineAt = Date.now();
    count = 0;
  };
  return (request) => {
    const now = Date.now();
    if (lastLineAt === undefined) {
      lastLineAt = now;
      const { path, status, logged } = request;
      const error = firstError(logged);
      logger.warn(
        { refused: 1, path, status, ...(error instanceof Error ? { err: error } : { error: reason(error) }) },
        `${kind.one(status)}; further ones: at most one line every ${intervalMs / 1000} s`,
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

/** A short reason: the first line of the error's message (Next's next line is a link to its docs). */
function reason(error: Error | string): string {
  return (error instanceof Error ? error.message : error).split("\n")[0].slice(0, 200);
}
