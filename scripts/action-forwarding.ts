/**
 * Refuses Next.js' forwarding of a server action to another page (scripts/serve.ts installs it).
 *
 * A request naming an action this build has, sent to a page that does not import it, is not
 * answered "not found" by Next 16: it sends the request again, from the server to itself
 * (createForwardedActionResponse in next/dist/server/app-render/action-handler.js), by fetch to
 * its own address and the pattern of a page that has the action (`/[locale]/evidence/[id]`), with
 * the header x-action-forwarded. That serves intercepted and parallel routes, where a page's URL
 * and the page that rendered its actions differ; Synergia has neither, so its pages post their
 * actions to themselves, and a forward comes only from a hand-made request (every page's
 * JavaScript names its action ids) or from a page of an older build. Forwarded, such a request
 * never reaches an action here: proxy.ts refuses the copy (413: Next streams its body without a
 * Content-Length) and next-intl would redirect it (`[locale]` is no locale); Next answered the
 * sender 200 `{}`, and the copy's cut connection left `Error: aborted` in the log. Were it let
 * through, the action would run with the server's own address as the client's
 * (lib/http/request-client.ts reads the socket), and the second-factor code throttle, kept per
 * address, would count the server's attempts, not the client's.
 *
 * So the copy is never sent: its fetch is answered at once as a page without the action answers,
 * with Next's x-nextjs-action-not-found marker, which Next passes on as it does for an id this
 * build lacks: 409 `Server Action unavailable.` with the marker (the browser's router throws its
 * UnrecognizedActionError). The reason is logged as Next logs such an id, console.warn of an
 * Error, so scripts/refused-action-logs.ts summarises both alike.
 *
 * Drop this if Next lets an app turn forwarding off. If the app gains intercepting or parallel
 * routes, forwarding must work instead (check: tests/e2e/probes.spec.ts item 5 posts an action to
 * a page without it).
 */
import { ACTION_HEADER, NEXT_ACTION_NOT_FOUND_HEADER } from "next/dist/client/components/app-router-headers";

/** What Next.js sets on the copy it forwards (a literal in its action handler, not exported). */
export const FORWARDED_ACTION_HEADER = "x-action-forwarded";

const INSTALLED = Symbol.for("synergia.actionForwardingRefused");

type Patched = typeof globalThis & { [INSTALLED]?: true };

/** Makes every fetch of a forwarded server action answer as a page without the action. Idempotent. */
export function refuseActionForwarding(): void {
  const target = globalThis as Patched;
  if (target[INSTALLED]) return;
  const send = target.fetch;
  target.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : undefined;
    const headers = new Headers(init?.headers ?? request?.headers);
    if (!headers.has(FORWARDED_ACTION_HEADER)) return send(input, init);
    const id = JSON.stringify((headers.get(ACTION_HEADER) ?? "").slice(0, 100));
    const page = new URL(request?.url ?? String(input)).pathname;
    console.warn(new Error(`Server Action ${id} is not on the page it was sent to; not forwarded to ${page}.`));
    return Promise.resolve(
      new Response("Server Action unavailable.", {
        status: 404,
        headers: { [NEXT_ACTION_NOT_FOUND_HEADER]: "1", "content-type": "text/plain" },
      }),
    );
  };
  target[INSTALLED] = true;
}
