/**
 * The part of the web server (scripts/serve.ts) each request goes through on its way to Next.js:
 * the response state that lets the app set the HTTP status where Next fixes it
 * (lib/http/response-status.ts), the 400 refusal of a server action request Next could not read,
 * how each possible server action ended, for the log Next writes of it (held back by
 * scripts/refused-action-logs.ts), and a request whose client left kept out of the log.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { NEXT_ACTION_NOT_FOUND_HEADER } from "next/dist/client/components/app-router-headers";

import { actionRefusal } from "@/lib/http/request-guard";
import { responseState, type ResponseState } from "@/lib/http/response-status";

import { holdActionLogs, type ActionOutcome } from "./refused-action-logs";

/** Next.js' request handler (or what stands in for it). */
export type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Runs `handle` for one request inside a response state of its own, applied to `res`. */
export function handleWithState(req: IncomingMessage, res: ServerResponse, handle: Handle): Promise<void> {
  const state: ResponseState = {};
  const serverAction = possibleServerAction(req);
  applyState(res, state, serverAction, serverAction ? holdActionLogs(state, req.url ?? "/") : undefined);
  res.once("close", () => req.on("error", ignoreLeftClient));
  return responseState.run(state, () => handle(req, res));
}

/**
 * A client that left before its answer was complete would be logged as an uncaughtException,
 * `Error: aborted` (ECONNRESET) and Next's `⨯ uncaughtException:` with it, when proxy.ts ran for a
 * request with a body: Next gives the proxy a copy of the body, then replaces the request's stream
 * with a buffered one by copying that stream's fields onto the request, its event listeners
 * included (replaceRequestBody, next/dist/server/body-streams.js; vercel/next.js#42365, #84649).
 * When the socket closes before the answer is complete, Node destroys the request with that
 * error: its own request stream emits it only if someone listens, the copied fields emit it
 * regardless, and nobody listens. The response closes in the same turn, before the error is
 * emitted, so listening from then on is in time; an error of a request whose response is closed
 * has nothing left to stop.
 */
function ignoreLeftClient(): void {}

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
 * (compressed or not) writes. `settle` learns how the request ended once the status is known (or
 * the response closed without one): refused so, answered by Next with a 4xx and its
 * x-nextjs-action-not-found header (an action id this build or this page does not have), or
 * otherwise.
 */
function applyState(res: ServerResponse, state: ResponseState, serverAction: boolean, settle?: (outcome: ActionOutcome) => void) {
  const { writeHead, write, end } = res;
  const unreadable = (statusCode: number) => statusCode === 500 && serverAction && !state.actionRan;
  const outcome = (response: ServerResponse, statusCode: number): ActionOutcome => {
    if (unreadable(statusCode)) return { refused: "unreadable" };
    const unknownAction = statusCode >= 400 && statusCode < 500 && response.hasHeader(NEXT_ACTION_NOT_FOUND_HEADER);
    return unknownAction && serverAction && !state.actionRan ? { refused: "unknownAction", status: statusCode } : { refused: false };
  };
  let refusal: ReturnType<typeof actionRefusal> | null = null;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (state.status && (statusCode === 200 || statusCode === 500)) {
      statusCode = state.status;
      if (state.retryAfter !== undefined) this.setHeader("Retry-After", String(state.retryAfter));
      else if (statusCode === 503 && !this.hasHeader("retry-after")) this.setHeader("Retry-After", "5");
    } else if (unreadable(statusCode)) {
      refusal = actionRefusal(400, { code: "malformedRequest" });
      for (const name of ["content-type", "content-length", "content-encoding", "transfer-encoding"]) this.removeHeader(name);
      settle?.({ refused: "unreadable" });
      return writeHead.call(this, refusal.status, refusal.headers);
    }
    settle?.(outcome(this, statusCode));
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  // A client gone before Next wrote the status: what Next had set decides (settled once: a status
  // written before decided already).
  if (settle) res.once("close", () => settle(outcome(res, res.statusCode)));
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
