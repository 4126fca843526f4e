import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "unit-test-secret-unit-test-secret-0123";
vi.stubEnv("DATABASE_URL", "postgresql://unused.invalid/none");
vi.stubEnv("NEXTAUTH_SECRET", SECRET);

// The request's cookies, as next/headers gives them to a page.
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
  }),
}));

/** A fresh module graph: lib/env.ts reads the settings once per process. */
async function load() {
  vi.resetModules();
  return (await import("@/lib/auth/session-token")).sessionClaims;
}

const claims = { uid: "8d0f6a8e-3f0e-4a4e-9d55-1f1e5c1b2a10", sv: 3, sid: "5b9b7f4c-8d1e-4d6f-9a0b-2c3d4e5f6a7b" };
const token = (maxAge = 3600, secret = SECRET) => encode({ token: claims, secret, maxAge });

describe("sessionClaims", () => {
  beforeEach(() => {
    jar.cookies.clear();
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
  });

  it("reads the claims next-auth put in the session cookie, also from the cache on the next request", async () => {
    const sessionClaims = await load();
    jar.cookies.set("next-auth.session-token", await token());
    expect(await sessionClaims()).toMatchObject(claims);
    expect(await sessionClaims()).toMatchObject(claims);
  });

  it("joins a cookie next-auth split into chunks, and uses the __Secure- name behind https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://synergia.example.org");
    const sessionClaims = await load();
    const whole = await token();
    jar.cookies.set("next-auth.session-token", whole);
    expect(await sessionClaims()).toBeNull();
    jar.cookies.clear();
    jar.cookies.set("__Secure-next-auth.session-token.1", whole.slice(100));
    jar.cookies.set("__Secure-next-auth.session-token.0", whole.slice(0, 100));
    expect(await sessionClaims()).toMatchObject(claims);
  });

  it("refuses no cookie, a forged or tampered cookie, and an expired one", async () => {
    const sessionClaims = await load();
    expect(await sessionClaims()).toBeNull();
    jar.cookies.set("next-auth.session-token", await token(3600, "another-secret-another-secret-0123456"));
    expect(await sessionClaims()).toBeNull();
    const good = await token();
    jar.cookies.set("next-auth.session-token", `${good.slice(0, -3)}${good.endsWith("AAA") ? "BBB" : "AAA"}`);
    expect(await sessionClaims()).toBeNull();
    // Expired a minute ago (beyond next-auth's 15 s clock tolerance).
    jar.cookies.set("next-auth.session-token", await token(-60));
    expect(await sessionClaims()).toBeNull();
  });
});
