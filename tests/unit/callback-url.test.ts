import { describe, expect, it } from "vitest";

import { refuseBadCallbackUrl, refuseCallbackGet, safeCallbackPath } from "@/lib/auth/callback-url";

const origin = "http://127.0.0.1:3000";

describe("sign-in callback URLs", () => {
  it("keeps paths of this site and refuses everything else", () => {
    expect(safeCallbackPath("/en/projects?q=1", origin)).toBe("/en/projects?q=1");
    expect(safeCallbackPath("http://127.0.0.1:3000/zh/account#x", origin)).toBe("/zh/account#x");
    for (const bad of ["javascript:alert(1)", "https://evil.example/", "//evil.example/x", "/\\evil.example", "data:text/html,x", ""]) {
      expect(safeCallbackPath(bad, origin)).toBeNull();
    }
  });

  it("answers a javascript: callback URL with 400 and drops a bad callback cookie", async () => {
    const query = refuseBadCallbackUrl(new Request(`${origin}/api/auth/signin?callbackUrl=javascript:alert(1)`), origin);
    expect(query?.status).toBe(400);
    expect(await query?.json()).toEqual({ error: { code: "invalidCallbackUrl" } });
    const cookie = refuseBadCallbackUrl(
      new Request(`${origin}/api/auth/session`, { headers: { cookie: `next-auth.callback-url=${encodeURIComponent("javascript:x")}` } }),
      origin,
    );
    expect(cookie?.status).toBe(400);
    expect(cookie?.headers.get("set-cookie")).toMatch(/next-auth\.callback-url=;/);
    expect(refuseBadCallbackUrl(new Request(`${origin}/api/auth/signin?callbackUrl=%2Fen%2Fprojects`), origin)).toBeNull();
  });

  it("refuses a GET of the credentials callback with 405 (next-auth answers it with 500)", async () => {
    const refused = refuseCallbackGet(new Request(`${origin}/api/auth/callback/credentials?x=1`));
    expect(refused?.status).toBe(405);
    expect(refused?.headers.get("allow")).toBe("POST");
    expect(await refused?.json()).toEqual({ error: { code: "methodNotAllowed" } });
    expect(refuseCallbackGet(new Request(`${origin}/api/auth/callback/credentials`, { method: "POST" }))).toBeNull();
    expect(refuseCallbackGet(new Request(`${origin}/api/auth/session`))).toBeNull();
  });
});
