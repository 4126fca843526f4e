import "server-only";

import { access, constants } from "node:fs/promises";

import { chromium, type Browser } from "playwright-core";

import { getEnv } from "@/lib/env";
import { AppError, ForbiddenError, NotFoundError, RateLimitError, UnauthorizedError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The server cannot make PDF documents (no Chromium); answered 503 with a translated text. */
export class PdfUnavailableError extends AppError {
  constructor(code = "pdfUnavailable") {
    super(code);
  }
}

/** Two documents at a time on these 2-core machines; a few more wait, the rest are told to retry. */
const CONCURRENT = 2;
const WAITING = 8;
let running = 0;
const queue: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= CONCURRENT) {
    if (queue.length >= WAITING) throw new RateLimitError("pdfBusy");
    await new Promise<void>((resolve) => queue.push(resolve));
  } else running++;
  return () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
}

let browser: Promise<Browser> | null = null;

/** One browser for the process, started on first use and again if it goes away. */
async function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    const path = getEnv().CHROMIUM_PATH;
    const launched = access(path, constants.X_OK)
      .catch(() => {
        throw new PdfUnavailableError();
      })
      .then(() =>
        chromium.launch({
          executablePath: path,
          args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        }),
      )
      .then((b) => {
        b.on("disconnected", () => (browser = null));
        return b;
      });
    browser = launched;
    launched.catch(() => (browser = null));
  }
  return browser;
}

/** Where this server answers itself: configuration only, never a request's Host header. */
export function internalOrigin(): string {
  const env = getEnv();
  return new URL(env.INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`).origin;
}

/** Only next-auth's session cookie travels to the print view; nothing else the browser sent. */
export function sessionCookies(header: string | null): string {
  return (header ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(c))
    .join("; ");
}

async function fetchPrintView(path: string, cookie: string): Promise<string> {
  const response = await fetch(`${internalOrigin()}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status === 404) throw new NotFoundError();
  if (response.status === 403) throw new ForbiddenError();
  // Pages redirect to sign-in (or the forbidden page) rather than answer 401/403.
  if (response.status >= 300 && response.status < 400) {
    const to = response.headers.get("location") ?? "";
    throw to.includes("/forbidden") ? new ForbiddenError() : new UnauthorizedError();
  }
  if (!response.ok) throw new PdfUnavailableError("pdfFailed");
  return response.text();
}

/**
 * Renders one of the app's own print views (`path`, built by the caller from validated ids) as
 * the requesting user, then prints it to PDF with Chromium. The HTML is fetched server-side with
 * the user's session cookie from this server's configured address; Chromium only lays it out:
 * no script runs, and its only requests are this app's stylesheets and fonts (fonts end up
 * embedded in the PDF, so Chinese and Cyrillic print on any reader).
 */
export async function renderPdf(path: string, cookieHeader: string | null, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const release = await slot();
  try {
    const cookie = sessionCookies(cookieHeader);
    if (!cookie) throw new UnauthorizedError();
    // Chromium first: without it nothing else is worth doing.
    const browser = await sharedBrowser();
    const html = await fetchPrintView(path, cookie);
    const origin = internalOrigin();
    const page = await browser.newPage({ javaScriptEnabled: true });
    try {
      // The document is served at this app's own origin (from memory, through the route below),
      // not set on about:blank: the stylesheets and fonts are then same-origin requests, which the
      // app's Cross-Origin-Resource-Policy: same-origin lets through.
      const documentUrl = `${origin}/__synergia-print__`;
      const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, "");
      await page.route("**/*", (route) => {
        const request = route.request();
        if (request.url() === documentUrl)
          return route.fulfill({
            status: 200,
            contentType: "text/html; charset=utf-8",
            headers: { "content-security-policy": "script-src 'none'; object-src 'none'; base-uri 'none'" },
            body: markup,
          });
        const allowed =
          request.url().startsWith(`${origin}/_next/static/`) && ["stylesheet", "font", "image"].includes(request.resourceType());
        return allowed ? route.continue() : route.abort();
      });
      await page.goto(documentUrl, { waitUntil: "load", timeout: 60_000 });
      // An unstyled document (a stylesheet refused or lost) is a failure, not a PDF to hand out.
      const unstyled = await page.evaluate(() =>
        document.styleSheets.length === 0
          ? ["(none)"]
          : Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
              .filter((link) => !link.sheet)
              .map((link) => link.href),
      );
      if (unstyled.length > 0) throw new Error(`print view stylesheets did not load: ${unstyled.join(", ")}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf({
        format: "A4",
        landscape: options.landscape ?? false,
        printBackground: true,
        margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" },
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  } catch (error) {
    if (!(error instanceof AppError)) log.error({ err: error, path }, "pdf rendering failed");
    throw error instanceof AppError ? error : new PdfUnavailableError("pdfFailed");
  } finally {
    release();
  }
}
