import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { contentSecurityPolicy } from "@/lib/http/security-headers";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/synergia", NEXTAUTH_SECRET: "s".repeat(32) };

/** proxy.ts as Next.js runs it, with the given settings (it reads them once per process). */
async function pageResponse(env: Record<string, string>, headers: Record<string, string> = {}, path = "/en/projects") {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...base, ...env })) vi.stubEnv(key, value);
  const { default: proxy } = await import("@/proxy");
  return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }));
}

describe("page security headers (proxy.ts)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("gives every page its own nonce, forwards it to Next.js and allows no inline script", async () => {
    const first = await pageResponse({ NODE_ENV: "production" });
    const second = await pageResponse({ NODE_ENV: "production" });
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(nonce.length).toBeGreaterThanOrEqual(22);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // Next.js reads the nonce from the request's CSP header to put it on its scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("sends HSTS, upgrades requests and marks cookies Secure when NEXTAUTH_URL is https", async () => {
    // A Russian browser with no locale cookie yet: next-intl sets one.
    const response = await pageResponse({ NEXTAUTH_URL: "https://synergia.example.org" }, { "accept-language": "ru" }, "/en/login");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(response.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=en;.*Secure/i);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", async () => {
    const spoofed = await pageResponse({ NEXTAUTH_URL: "http://localhost:3000" }, { "x-forwarded-proto": "https" });
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
    expect(spoofed.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    const proxied = await pageResponse({ NEXTAUTH_URL: "http://localhost:3000", TRUST_PROXY: "1" }, { "x-forwarded-proto": "https" });
    expect(proxied.headers.get("strict-transport-security")).not.toBeNull();
  });
});

describe("isHttpsRequest", () => {
  afterEach(() => vi.unstubAllEnvs());
  /** The module as a process with these settings loads it (the settings are read once). */
  async function isHttps(trustProxy: string, proto: string) {
    vi.resetModules();
    for (const [key, value] of Object.entries({ ...base, TRUST_PROXY: trustProxy })) vi.stubEnv(key, value);
    const { isHttpsRequest: check } = await import("@/lib/http/security-headers");
    return check(new Headers({ "x-forwarded-proto": proto }), {});
  }
  it("takes the scheme the outermost trusted proxy saw, not what the client claimed before it", async () => {
    // The client wrote "https"; our one proxy appended the scheme it really received.
    expect(await isHttps("1", "https, http")).toBe(false);
    expect(await isHttps("1", "http, https")).toBe(true);
    expect(await isHttps("0", "https")).toBe(false);
  });
  it("adds unsafe-eval and inline styles only in development", () => {
    expect(contentSecurityPolicy("n", { https: false, dev: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(contentSecurityPolicy("n", { https: false, dev: false })).not.toMatch(/unsafe-eval|style-src-elem [^;]*unsafe-inline/);
  });
});
