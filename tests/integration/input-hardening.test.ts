import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { GET as auditRoute } from "@/app/api/audit/route";
import { GET as mentionableRoute } from "@/app/api/comments/mentionable/route";
import { GET as threadRoute } from "@/app/api/comments/route";
import { errorResponse } from "@/lib/api/http";
import { twoFactorRequired } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sessions";
import { createCommentAction, editCommentAction } from "@/lib/comments/actions";
import { getDb } from "@/lib/db/client";
import { listOutbox } from "@/lib/mail/outbox";
import { listNotifications } from "@/lib/notifications/inbox";

import { commentCounts, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

/**
 * Issue 12, item 5: NUL bytes, out-of-range dates and oversized numbers in search boxes, filters,
 * `since` / `before` and bodies were answered with 500 (PostgreSQL refused them). They get 400 (or
 * a server action's refusal) with a translated message key, and change nothing. The route
 * handlers and actions run for real; only next-auth's decoded cookie and the page cache are stood in.
 */
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/** A signed-in browser: a session row and the cookie naming it; staff have a second factor, as they must. */
async function signIn(user: { id: string; role: string; sessionVersion: number }) {
  if (twoFactorRequired(user.role)) await testDb().user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
  signedIn.session = { uid: user.id, sv: user.sessionVersion, sid: await startSession(testDb(), user.id, "127.0.0.1") };
}
const get = (path: string) => new NextRequest(`http://app.test${path}`);
const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

describe("malformed input", () => {
  beforeEach(resetDb);

  it("gets 400 with a message key from route handlers, not 500", async () => {
    const w = await createCommentWorld();
    await signIn(w.admin);
    const target = encodeURIComponent(`EVIDENCE:${w.shared.id}`);
    // A NUL byte in a search box or filter.
    expect(await answer(await mentionableRoute(get(`/api/comments/mentionable?target=${target}&q=li%00`)))).toEqual({
      status: 400,
      body: { error: { code: "invalidInput" }, fieldErrors: { q: "invalidCharacters" } },
    });
    expect((await answer(await auditRoute(get("/api/audit?action=comment%00")))).status).toBe(400);
    // A time JavaScript parses but PostgreSQL cannot store, and a cursor beyond bigint.
    for (const since of ["-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00Z"]) {
      const thread = await answer(await threadRoute(get(`/api/comments?target=${target}&since=${encodeURIComponent(since)}`)));
      expect(thread).toEqual({ status: 400, body: { error: { code: "invalidInput" }, fieldErrors: { "": "invalidInput" } } });
    }
    expect(await answer(await auditRoute(get("/api/audit?before=9999999999999999999")))).toEqual({
      status: 400,
      body: { error: { code: "invalidInput" }, fieldErrors: { before: "invalidInput" } },
    });
    // A date range that ends before it starts.
    expect(await answer(await auditRoute(get("/api/audit?from=9999-12-31&to=0000-01-01")))).toEqual({
      status: 400,
      body: { error: { code: "invalidInput" }, fieldErrors: { to: "endBeforeStart" } },
    });
    // The same requests within range still work.
    expect((await threadRoute(get(`/api/comments?target=${target}&since=2025-01-01T00:00:00Z`))).status).toBe(200);
    expect((await auditRoute(get("/api/audit?before=9223372036854775807"))).status).toBe(200);
  });

  it("is refused by server actions with a translated code, the field named, and nothing saved", async () => {
    const w = await createCommentWorld();
    await signIn(w.cn);
    const before = await commentCounts();
    const input = { target: w.sharedTarget, parentId: null, body: "Base year\u0000 2024", locale: "en", revisionRequest: false } as const;
    expect(await createCommentAction(input)).toEqual({ serverError: { code: "invalidCharacters", field: "body", values: {} } });
    expect(await commentCounts()).toEqual(before);
    // A NUL byte anywhere in the input, even where no field shows it, is refused the same way.
    const nested = await editCommentAction({ id: "x\u0000", version: 1, body: "Changed", locale: "en" });
    expect(nested).toEqual({ serverError: { code: "invalidCharacters", field: "id", values: {} } });
  });

  it("reads a page number beyond any list as the first page instead of failing", async () => {
    const w = await createCommentWorld();
    const firstOutboxPage = await listOutbox(w.admin, 1);
    expect(firstOutboxPage.rows.length).toBeGreaterThan(0); // the submission's mail to the verifier
    for (const page of [1e20, Infinity, -5, Number.NaN]) {
      expect(await listNotifications(w.cn, "en", page)).toMatchObject({ page: 1 });
      expect(await listOutbox(w.admin, page)).toEqual(firstOutboxPage);
    }
  });

  it("that PostgreSQL itself refuses as data is answered with 400 and a message key, never 500", async () => {
    const refusals: [string, () => Promise<unknown>][] = [
      ["invalidCharacters", () => getDb().user.findMany({ where: { name: { contains: "a\u0000b" } } })],
      ["valueOutOfRange", () => getDb().auditLog.findMany({ where: { id: { lt: 9_999_999_999_999_999_999n } } })],
      ["valueOutOfRange", () => getDb().comment.findMany({ where: { createdAt: { gt: new Date("-271821-04-20T00:00:00Z") } } })],
    ];
    for (const [code, query] of refusals) {
      const error = await query().then(
        () => null,
        (e: unknown) => e,
      );
      expect(await answer(errorResponse(error, "/api/test"))).toEqual({ status: 400, body: { error: { code } } });
    }
  });
});
