import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-path";

vi.stubEnv("DATABASE_URL", "postgresql://unused.invalid/none");
vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-unit-test-secret-0123");

// The page's request as next/headers gives it: the headers Next.js hands the page after proxy.ts
// (or, for a request that bypassed it, the client's own), and the cookies of their Cookie header.
// No cookie here decrypts, so each request is signed out.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => new NextRequest("http://127.0.0.1:3000/", { headers: request.headers }).cookies,
  headers: async () => request.headers,
}));

const { default: proxy } = await import("@/proxy");
const { requireUser } = await import("@/lib/auth/guard");

const PROJECT = "/ru/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7?tab=evidence";

/**
 * The request headers proxy.ts hands on to the page for a browser asking for `path` with
 * `sent`. Next.js replaces the page's request headers with those named in
 * x-middleware-override-headers, taking each value from x-middleware-request-<name>; any other
 * header the client sent is dropped.
 */
function passedOn(path: string, sent: Record<string, string>): Headers {
  const response = proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: sent }));
  expect(response.headers.get("location")).toBeNull();
  const names = response.headers.get("x-middleware-override-headers")!.split(",");
  const page = new Headers();
  for (const name of names) {
    const value = response.headers.get(`x-middleware-request-${name}`);
    if (value !== null) page.set(name, value);
  }
  return page;
}

/** Where requireUser sends a signed-out browser (the address of next/navigation's redirect). */
async function signInRedirect(locale: string): Promise<string> {
  const thrown = await requireUser(locale).then(
    () => null,
    (error: unknown) => error,
  );
  // redirect() throws an error whose digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
  const digest = String((thrown as { digest?: unknown } | null)?.digest);
  expect(digest.startsWith("NEXT_REDIRECT;")).toBe(true);
  return digest.split(";")[2];
}

describe("a signed-out browser loading a page", () => {
  beforeEach(() => {
    request.headers = new Headers();
  });

  it("is sent to sign in with the page it asked for, query included, to come back to", async () => {
    request.headers = passedOn(PROJECT, {});
    expect(await signInRedirect("ru")).toBe(`/ru/login?returnTo=${encodeURIComponent(PROJECT)}`);
  });

  it("is told its session ended only when it brought a session cookie that no longer works", async () => {
    // A first visit, or one that only has next-auth's other cookies (the sign-in form's CSRF token).
    for (const cookie of [undefined, "next-auth.csrf-token=abc; NEXT_LOCALE=ru", "next-auth.session-token-old=x"]) {
      request.headers = passedOn(PROJECT, cookie ? { cookie } : {});
      expect(await signInRedirect("ru"), cookie).toBe(`/ru/login?returnTo=${encodeURIComponent(PROJECT)}`);
    }
    // An ended or expired session's cookie, under either of next-auth's names, whole or in chunks.
    for (const cookie of [
      "next-auth.session-token=ended",
      "__Secure-next-auth.session-token=ended; NEXT_LOCALE=ru",
      "next-auth.session-token.0=end; next-auth.session-token.1=ed",
    ]) {
      request.headers = passedOn(PROJECT, { cookie });
      expect(await signInRedirect("ru"), cookie).toBe(`/ru/login?reason=session&returnTo=${encodeURIComponent(PROJECT)}`);
    }
  });

  it("cannot make the page return anywhere else by sending the header itself", async () => {
    for (const spoofed of ["//evil.example", "https://evil.example/", "/\\evil.example", "/en/account"]) {
      request.headers = passedOn(PROJECT, { [REQUESTED_PATH_HEADER]: spoofed });
      expect(request.headers.get(REQUESTED_PATH_HEADER)).toBe(PROJECT);
      expect(await signInRedirect("ru")).toBe(`/ru/login?returnTo=${encodeURIComponent(PROJECT)}`);
    }
  });

  it("is given no return path where the header is off-site, the sign-in page, or missing", async () => {
    // A request that bypassed proxy.ts carries the client's value, if any.
    for (const sent of ["//evil.example", "https://evil.example/", "/\\evil.example", "/\t/evil.example", "/en/login", "/en/two-factor"]) {
      request.headers = new Headers({ [REQUESTED_PATH_HEADER]: sent });
      expect(await signInRedirect("en"), JSON.stringify(sent)).toBe("/en/login");
    }
    request.headers = new Headers();
    expect(await signInRedirect("en")).toBe("/en/login");
    // A page asked for with a doubled slash stays a path of this site.
    request.headers = passedOn("/en//evil.example", {});
    expect(await signInRedirect("en")).toBe(`/en/login?returnTo=${encodeURIComponent("/en//evil.example")}`);
  });
});
