/**
 * Next.js calls onRequestError for every error a page, route handler or server action throws,
 * before it answers 500. A database outage is temporary and is answered with 503 instead
 * (applied by the web server, scripts/serve.ts), so monitors and clients can tell it apart.
 */
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { answerWithStatus }] = await Promise.all([
    import("@/lib/errors"),
    import("@/lib/http/response-status"),
  ]);
  if (isDatabaseUnavailable(error)) answerWithStatus(503);
}
