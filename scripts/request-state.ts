/**
 * The part of the web server (scripts/serve.ts) each request goes through on its way to Next.js:
 * the response state that lets the app set the HTTP status where Next fixes it
 * (lib/http/response-status.ts), and the 400 refusal of a server action request Next could not
 * read, whose error log is held back (scripts/refused-action-logs.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { actionRefusal } from "@/lib/http/request-guard";
import { responseState, type ResponseState } from "@/lib/http/response-status";

import { holdActionLogs } from "./refused-action-logs";

/** Next.js' request handler (or what stands in for it). */
export type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Runs `handle` for one request inside a response state of its own, applied to `res`. */
export function handleWithState(req: IncomingMessage, res: ServerResponse, handle: Handle): Promise<void> {
  const state: ResponseState = {};
  const serverAction = possibleServerAction(req);
  applyState(res, state, serverAction, serverAction ? holdActionLogs(state, req.url ?? "/") : undefined);
  return responseState.run(state, () => handle(req, res));
}

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
 * (compressed or not) writes. `settle` learns whether it was refused, once the status is known
 * (or the response closed without one).
 */
function applyState(res: ServerResponse, state: ResponseState, serverAction: boolean, settle?: (refused: boolean) => void) {
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
      settle?.(true);
      return writeHead.call(this, refusal.status, refusal.headers);
    }
    settle?.(false);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  // A client gone before Next wrote the status: what Next had set decides.
  if (settle) res.once("close", () => settle(refusal !== null || (!res.headersSent && unreadable(res.statusCode))));
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
