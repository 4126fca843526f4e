import { beforeEach, describe, expect, it, vi } from "vitest";

import { requireUser } from "@/lib/auth/guard";
import { startSession } from "@/lib/auth/sessions";

import { createUser, resetDb, testDb } from "./helpers/db";

// The session is checked against the database for real; next-auth's decoded cookie and the
// request headers proxy.ts hands the page (tests/unit/page-return-path.test.ts) are stood in for.
// The browser brings a session cookie exactly when it has claims, as one that signed in does.
const request = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null, path: null as string | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session-token")>()),
  sessionClaims: async () => request.session,
}));
vi.mock("next/headers", async () => {
  const { REQUESTED_PATH_HEADER } = await import("@/lib/auth/return-path");
  return {
    headers: async () => new Headers(request.path === null ? {} : { [REQUESTED_PATH_HEADER]: request.path }),
    cookies: async () => ({ getAll: () => (request.session ? [{ name: "next-auth.session-token", value: "sealed" }] : []) }),
  };
});

/** Where requireUser redirects the browser, or null when it lets the user through. */
async function redirectOf(locale: string): Promise<string | null> {
  const thrown = await requireUser(locale).then(
    () => null,
    (error: unknown) => error,
  );
  if (thrown === null) return null;
  // redirect() throws an error whose digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
  const digest = String((thrown as { digest?: unknown }).digest);
  if (!digest.startsWith("NEXT_REDIRECT;")) throw thrown;
  return digest.split(";")[2];
}

async function signIn(role: "ADMIN" | "PARTNER") {
  const user = await createUser({ role });
  request.session = { uid: user.id, sv: user.sessionVersion, sid: await startSession(testDb(), user.id, "198.51.100.7") };
}

describe("a page loaded by an administrator who must still enrol a second factor", () => {
  beforeEach(async () => {
    await resetDb();
    request.session = null;
    request.path = null;
  });

  it("sends them to enrolment with the page they asked for, which enrolment then leads to", async () => {
    await signIn("ADMIN");
    request.path = "/zh/admin/users?q=li";
    expect(await redirectOf("zh")).toBe(`/zh/two-factor?returnTo=${encodeURIComponent("/zh/admin/users?q=li")}`);
    // Straight after the password the sign-in form opens the start page with ?signedIn=1.
    request.path = "/zh?signedIn=1";
    expect(await redirectOf("zh")).toBe(`/zh/two-factor?returnTo=${encodeURIComponent("/zh?signedIn=1")}`);
    for (const path of ["//evil.example", "/zh/two-factor", null]) {
      request.path = path;
      expect(await redirectOf("zh")).toBe("/zh/two-factor");
    }
  });

  it("lets a signed-in partner through, and sends a browser whose session ended to sign in and back", async () => {
    await signIn("PARTNER");
    request.path = "/ru/projects";
    expect(await redirectOf("ru")).toBeNull();
    await testDb().userSession.update({ where: { id: request.session!.sid }, data: { endedAt: new Date() } });
    expect(await redirectOf("ru")).toBe(`/ru/login?reason=session&returnTo=${encodeURIComponent("/ru/projects")}`);
  });

  it("sends a first-time visitor, who has no session cookie, to sign in and back without saying a session ended", async () => {
    request.path = "/ru/projects";
    expect(await redirectOf("ru")).toBe(`/ru/login?returnTo=${encodeURIComponent("/ru/projects")}`);
  });
});
