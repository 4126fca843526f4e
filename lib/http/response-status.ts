import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Lets code deep inside a request ask for the response's HTTP status when Next.js gives it no
 * say: a server action always answers 200 (its result travels in the body) and a failing route
 * handler 500. The web server (scripts/serve.ts) opens one state per request and writes the
 * status asked for instead of Next's 200 or 500. Shared through globalThis because the server and
 * the app's bundle each load their own copy of this module.
 */
export type ResponseState = { status?: number };

const KEY = Symbol.for("synergia.response-state");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<ResponseState> };

export const responseState: AsyncLocalStorage<ResponseState> = (holder[KEY] ??= new AsyncLocalStorage<ResponseState>());

/** Outside scripts/serve.ts (next dev, tests) there is no state and the call does nothing. */
export function answerWithStatus(status: number): void {
  const state = responseState.getStore();
  if (state) state.status = status;
}
