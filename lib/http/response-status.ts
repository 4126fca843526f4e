import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Lets code deep inside a request ask for the response's HTTP status when Next.js gives it no
 * say: a server action always answers 200 (its result travels in the body) and a failing route
 * handler 500. The web server (scripts/serve.ts) opens one state per request and writes the
 * status asked for instead of Next's 200 or 500. Shared through globalThis because the server and
 * the app's bundle each load their own copy of this module.
 */
export type ResponseState = {
  status?: number;
  /** Seconds for the Retry-After header of a 429 or 503 (503 without it: 5). */
  retryAfter?: number;
  /** Set once a server action's own code runs (lib/actions/safe-action.ts). */
  actionRan?: boolean;
};

const KEY = Symbol.for("synergia.response-state");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<ResponseState> };

export const responseState: AsyncLocalStorage<ResponseState> = (holder[KEY] ??= new AsyncLocalStorage<ResponseState>());

/** Outside scripts/serve.ts (next dev, tests) there is no state and the call does nothing. */
export function answerWithStatus(status: number, retryAfterSeconds?: number): void {
  const state = responseState.getStore();
  if (!state) return;
  state.status = status;
  if (retryAfterSeconds !== undefined) state.retryAfter = retryAfterSeconds;
}

/**
 * Called as a server action starts: Next.js decoded the request and handed it to our code. Every
 * action catches its own errors (lib/actions/safe-action.ts), so when Next still answers a server
 * action with 500 and this was never called, Next could not read the request (a body that is not
 * React's encoding): the web server answers 400 instead.
 */
export function markActionRan(): void {
  const state = responseState.getStore();
  if (state) state.actionRan = true;
}
