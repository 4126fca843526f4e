/**
 * Whether this browser tab has been told by one of our own endpoints that it is no longer signed
 * in (its session was ended elsewhere, by "sign out everywhere", a new password or deactivation).
 * The request layer (lib/api/client.ts, the server-action hook) reports it; the shell shows a
 * notice with a way back (components/shell/signed-out-notice.tsx), and further reads and the
 * live comment stream stop instead of failing every few seconds. It lasts until the page is
 * loaded again, which signing in does.
 */

let signedOut = false;
const listeners = new Set<() => void>();

/** Called when our API refused a request as not signed in (401, or an action's "unauthorized"). */
export function reportSignedOut(): void {
  // Module state is per browser tab only there: on the server it would be shared by every request.
  if (typeof window === "undefined" || signedOut) return;
  signedOut = true;
  for (const listener of listeners) listener();
}

export function isSignedOut(): boolean {
  return signedOut;
}

/** Calls `listener` once this tab is signed out; returns the unsubscribe (useSyncExternalStore's shape). */
export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
