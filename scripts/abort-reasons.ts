/**
 * Workaround for a memory leak of the web server under concurrent load (scripts/serve.ts installs
 * it at start): finished requests were kept alive in bulk, the JS heap grew ~35 MB a minute with
 * 12 connections and was never returned.
 *
 * The chain: when React finishes a server render, its flight server aborts the render's cache
 * signal with `Error("This render completed successfully. …")` (Next's compiled app-page runtime).
 * Until an Error's `stack` is read, V8 keeps the stack as captured call sites — the functions and
 * receivers of every frame — so that error keeps the running setImmediate callback, and with it the
 * render, alive. Node links a finished Immediate to the next one in its queue, which belongs to
 * another concurrent request, whose own completion Error links on to the next: whole responses,
 * Next's request stores and React render state stay reachable. Reading `stack` once formats it
 * into a string and V8 drops the captured frames, which cuts the chain.
 *
 * So every Error given to `AbortController#abort` has its stack formatted first (a few aborts per
 * request, each a short stack). Remove this when neither React nor Next keeps such an abort reason
 * after the render (check: `npm run bench:web` prints `heapMB`, the heap after forced GC before and
 * after a minute of uninterrupted load; it must stay flat without this), or when Node no longer
 * links finished Immediates.
 */
const INSTALLED = Symbol.for("synergia.abortReasonStacksFormatted");

type Patched = typeof AbortController.prototype & { [INSTALLED]?: true };

/** Makes `AbortController#abort(reason)` format an Error reason's stack first. Idempotent. */
export function formatAbortReasonStacks(): void {
  const prototype = AbortController.prototype as Patched;
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  prototype.abort = function (this: AbortController, ...args: [reason?: unknown]) {
    // Reading `stack` formats it; V8 then lets go of the frames it captured.
    if (args[0] instanceof Error) void args[0].stack;
    return abort.apply(this, args);
  };
  prototype[INSTALLED] = true;
}
