import { createTranslator } from "next-intl";
import { isValidElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import TwoFactorEnrolmentPage from "@/app/[locale]/(auth)/two-factor/page";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { RequiredEnrolment } from "@/components/two-factor/required-enrolment";
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

// The two-factor page outside a Next request reads its texts from here.
vi.mock("next-intl/server", async () => {
  const { messagesByLocale } = await import("@/lib/i18n/messages");
  return {
    setRequestLocale: () => {},
    getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: messagesByLocale.en, namespace }),
  };
});

/** Where `render` redirects the browser, or null when it renders. */
async function redirectOf(locale: string, render: (locale: string) => Promise<unknown> = requireUser): Promise<string | null> {
  const thrown = await render(locale).then(
    () => null,
    (error: unknown) => error,
  );
  if (thrown === null) return null;
  // redirect() throws an error whose digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
  const digest = String((thrown as { digest?: unknown }).digest);
  if (!digest.startsWith("NEXT_REDIRECT;")) throw thrown;
  return digest.split(";")[2];
}

/** The two-factor page at `/<locale>/two-factor?returnTo=<returnTo>`. */
const twoFactorPage = (locale: string, returnTo?: string) =>
  TwoFactorEnrolmentPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve({ returnTo }) });

/** The props the page gives the first element of `component` it renders. */
function propsOf<P>(tree: ReactNode, component: (props: P) => ReactNode): P | undefined {
  if (Array.isArray(tree)) return tree.map((child: ReactNode) => propsOf(child, component)).find(Boolean);
  if (!isValidElement<{ children?: ReactNode }>(tree)) return undefined;
  if (tree.type === component) return tree.props as P;
  return propsOf(tree.props.children, component);
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
    // Straight after the password the sign-in form opens the start page with ?signedIn=1, which
    // is no return path: enrolment goes on there by itself.
    for (const path of ["/zh?signedIn=1", "//evil.example", "/zh/two-factor", null]) {
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

  it("enrols on to the page asked for, or the start page in the person's language; signing out there keeps the page", async () => {
    await signIn("ADMIN");
    const page = await twoFactorPage("zh", "/zh/admin/users?q=li");
    expect(propsOf(page, RequiredEnrolment)).toEqual({ next: "/zh/admin/users?q=li" });
    expect(propsOf(page, SignOutButton)).toEqual({ callbackUrl: `/zh/login?returnTo=${encodeURIComponent("/zh/admin/users?q=li")}` });
    // Straight from the password (or with no page): the start page, which moves the person to
    // their own language; signing out leads to plain sign-in.
    for (const returnTo of [undefined, "/zh?signedIn=1", "https://evil.example/"]) {
      const plain = await twoFactorPage("zh", returnTo);
      expect(propsOf(plain, RequiredEnrolment)).toEqual({ next: "/zh?signedIn=1" });
      expect(propsOf(plain, SignOutButton)).toEqual({ callbackUrl: "/zh/login" });
    }
    // A browser without a session cookie is sent to sign in and back, given no reason.
    request.session = null;
    expect(await redirectOf("zh", () => twoFactorPage("zh", "/zh/admin/users"))).toBe(
      `/zh/login?returnTo=${encodeURIComponent("/zh/admin/users")}`,
    );
  });
});
