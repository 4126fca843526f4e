import { createTranslator } from "next-intl";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { GET as streamRoute } from "@/app/api/comments/stream/route";
import { POST as createEvidenceRoute } from "@/app/api/evidence/route";
import * as accounts from "@/lib/accounts/service";
import { twoFactorRequired } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sessions";
import { createCommentAction } from "@/lib/comments/actions";
import { getEnv } from "@/lib/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { responseState, type ResponseState } from "@/lib/http/response-status";
import { messagesByLocale } from "@/lib/i18n/messages";
import { RATE_WINDOW_MS, writeLimit, type WriteKind } from "@/lib/limits/rate";
import { closeLiveStream, openLiveStream } from "@/lib/limits/streams";

import { comment, commentCounts, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb, uniqueName } from "./helpers/db";
import { counts, fields, samples } from "./helpers/evidence";
import { clientHoldingStatement } from "./helpers/holding-client";

/**
 * Issue 12, item 7: abuse limits kept in PostgreSQL, so that they hold for parallel requests and
 * across app instances (every request here has its own connection, as on separate instances).
 */

// The route handler and the action run for real; only next-auth's decoded cookie and the page cache are stood in.
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
/** A signed-in browser: a session row and the cookie naming it; staff have a second factor, as they must. */
async function signIn(user: { id: string; role: string; sessionVersion: number }) {
  if (twoFactorRequired(user.role)) await testDb().user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
  signedIn.session = { uid: user.id, sv: user.sessionVersion, sid: await startSession(testDb(), user.id, "127.0.0.1") };
}

// Mid-window, so that no hour boundary falls inside a test (only Date is faked; timers run).
const NOW = new Date(Math.floor(Date.now() / RATE_WINDOW_MS) * RATE_WINDOW_MS + RATE_WINDOW_MS / 2);

/** Sets the user's counter of this hour as if `used` writes had passed. */
async function used(userId: string, kind: WriteKind, count: number) {
  const windowStart = new Date(NOW.getTime() - RATE_WINDOW_MS / 2);
  await testDb().rateLimitCounter.create({ data: { userId, kind, windowStart, count } });
}

const refusals = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === "rejected").map((r) => r.reason);

describe("write rate limits", () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  });
  afterEach(() => vi.useRealTimers());

  it("let exactly the remaining comments of the hour through when 25 are posted at once", async () => {
    const w = await createCommentWorld();
    const before = await commentCounts();
    await used(w.cn.id, "comment", writeLimit("comment") - 5);
    const results = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => comment(w.cn, w.sharedTarget, `Burst ${i}`)));
    const refused = refusals(results);
    expect(refused).toHaveLength(20);
    for (const error of refused) {
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.code).toBe("writeRateLimited");
      // The hour slides: one comment is free again once 1/60 of this half hour's 60 has left the
      // last 60 minutes, i.e. one minute into the next clock hour (1800 s + 60 s).
      expect(error.values).toEqual({ retryAfter: 1860, minutes: 31 });
    }
    expect((await commentCounts()).comments).toBe(before.comments + 5);
    // Refusals were given back: the counter stands at the limit, not beyond it.
    const counter = await testDb().rateLimitCounter.findFirstOrThrow({ where: { userId: w.cn.id, kind: "comment" } });
    expect(counter.count).toBe(writeLimit("comment"));
    // Another user is not affected.
    await expect(comment(w.ru, w.sharedTarget, "My own first comment")).resolves.toBeTruthy();
  });

  it("let no more than the limit through in any 60 minutes, also across an hour boundary", async () => {
    const w = await createCommentWorld();
    const limit = writeLimit("comment");
    const boundary = new Date(NOW.getTime() + RATE_WINDOW_MS / 2);
    // The whole hour's comments were posted one minute before the clock hour ended…
    await testDb().rateLimitCounter.create({
      data: { userId: w.cn.id, kind: "comment", windowStart: new Date(boundary.getTime() - RATE_WINDOW_MS), count: limit },
    });
    // …and a burst comes one minute after it: 59/60 of the earlier hour still counts, so one at most.
    vi.setSystemTime(new Date(boundary.getTime() + 60_000));
    const burst = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => comment(w.cn, w.sharedTarget, `After ${i}`)));
    const refused = refusals(burst);
    for (const error of refused) expect(error).toBeInstanceOf(RateLimitError);
    expect(refused.length).toBeGreaterThanOrEqual(9);
    // Half an hour later half the earlier hour has slid out: half the limit passes in all, not more.
    vi.setSystemTime(new Date(boundary.getTime() + RATE_WINDOW_MS / 2));
    let passed = burst.length - refused.length;
    while (passed < limit) {
      const result = await comment(w.cn, w.sharedTarget, `Later ${passed}`).then(
        () => true,
        (error: unknown) => (error instanceof RateLimitError ? false : Promise.reject(error)),
      );
      if (!result) break;
      passed++;
    }
    expect(passed).toBe(limit / 2);
  });

  it("tell the user in the comment form when to try again, and answer 429 with Retry-After", async () => {
    const w = await createCommentWorld();
    await used(w.ru.id, "comment", writeLimit("comment"));
    await signIn(w.ru);
    const input = { target: w.sharedTarget, parentId: null, body: "Once more", locale: "ru", revisionRequest: false } as const;
    // The state scripts/serve.ts opens for each request and turns into the response's status line.
    const state: ResponseState = {};
    expect(await responseState.run(state, () => createCommentAction(input))).toEqual({
      serverError: { code: "writeRateLimited", values: { minutes: 31, retryAfter: 1860 } },
    });
    expect(state).toMatchObject({ status: 429, retryAfter: 1860 });
    // A comment within the limit is answered as always.
    await testDb().rateLimitCounter.deleteMany({ where: { userId: w.ru.id } });
    const fine: ResponseState = {};
    expect(await responseState.run(fine, () => createCommentAction(input))).toMatchObject({ data: expect.anything() });
    expect(fine.status).toBeUndefined();
  });

  it("count a refused or failed write as nothing", async () => {
    const w = await createCommentWorld();
    await used(w.cn.id, "comment", writeLimit("comment") - 1);
    // A comment the service refuses (a draft of another organization is not found) uses no slot.
    await expect(comment(w.ru, w.draftTarget, "Cannot see this")).rejects.toThrow();
    await expect(comment(w.cn, { type: "EVIDENCE", id: "00000000-0000-4000-8000-000000000000" }, "Unknown")).rejects.toThrow();
    await expect(comment(w.cn, w.sharedTarget, "The last one this hour")).resolves.toBeTruthy();
    await expect(comment(w.cn, w.sharedTarget, "One too many")).rejects.toBeInstanceOf(RateLimitError);
  });

  it("limit evidence items and uploaded files per user, changing nothing when refused", async () => {
    const w = await createCommentWorld();
    const input = { projectId: w.project.id, fields: fields(w.percent.id) };
    await used(w.cn.id, "upload", writeLimit("upload") - 1);
    const before = await counts();
    const twoFiles = [
      { name: "a.pdf", bytes: samples.pdf() },
      { name: "b.pdf", bytes: samples.pdf() },
    ];
    await expect(evidence.createEvidence(w.cn, input, twoFiles)).rejects.toMatchObject({ code: "writeRateLimited" });
    expect(await counts()).toEqual(before);
    await expect(evidence.createEvidence(w.cn, input, twoFiles.slice(0, 1))).resolves.toBeTruthy();

    await used(w.cn2.id, "evidence", writeLimit("evidence"));
    await expect(evidence.createEvidence(w.cn2, input)).rejects.toBeInstanceOf(RateLimitError);
  });

  it("refuse at once, without a time to wait, an upload of more files than a whole hour allows", async () => {
    const w = await createCommentWorld();
    const env = getEnv();
    const configured = env.RATE_LIMIT_UPLOADS;
    // An operator allows 3 files an hour; one request brings 4, which no wait would ever let through.
    env.RATE_LIMIT_UPLOADS = 3;
    try {
      await signIn(w.cn);
      const counters = () =>
        testDb().rateLimitCounter.findMany({ where: { userId: w.cn.id, count: { not: 0 } }, orderBy: { kind: "asc" } });
      const [before, countersBefore] = [await counts(), await counters()];
      const body = new FormData();
      body.set("payload", JSON.stringify({ projectId: w.project.id, fields: fields(w.percent.id), intent: "draft" }));
      for (const name of ["a.pdf", "b.pdf", "c.pdf", "d.pdf"]) body.append("files", new Blob([samples.pdf()]), name);
      const response = await createEvidenceRoute(new NextRequest("http://app.test/api/evidence", { method: "POST", body }));
      expect(response.status).toBe(422);
      expect(response.headers.get("retry-after")).toBeNull();
      const { error } = await response.json();
      expect(error).toEqual({ code: "uploadOverHourlyLimit", field: "attachments", values: { max: 3 } });
      // The person reads how many files one hour takes, in their language.
      const says = (locale: "en" | "zh" | "ru") => {
        const t = createTranslator({ locale, messages: messagesByLocale[locale] as never }) as unknown as (
          key: string,
          values: Record<string, number>,
        ) => string;
        return t(`errors.${error.code}`, error.values);
      };
      expect(says("en")).toContain("3 files");
      expect(says("zh")).toContain("3");
      expect(says("ru")).toContain("3 файлов");
      // Nothing stored, and no hourly counter spent.
      expect(await counts()).toEqual(before);
      expect(await counters()).toEqual(countersBefore);
      // As many files as the hour allows still go through.
      await expect(
        evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) }, [
          { name: "a.pdf", bytes: samples.pdf() },
          { name: "b.pdf", bytes: samples.pdf() },
          { name: "c.pdf", bytes: samples.pdf() },
        ]),
      ).resolves.toBeTruthy();
    } finally {
      env.RATE_LIMIT_UPLOADS = configured;
    }
  });

  it("limit invitations per administrator", async () => {
    const w = await createCommentWorld();
    await used(w.admin.id, "invitation", writeLimit("invitation") - 2);
    const invite = () =>
      accounts.inviteUser(w.admin, { email: `${uniqueName("inv")}@example.org`, name: "Invited", role: "ORGANIZER", locale: "en" });
    const results = await Promise.allSettled(Array.from({ length: 6 }, invite));
    expect(refusals(results).map((e) => e.code)).toEqual(Array(4).fill("writeRateLimited"));
    expect(await testDb().user.count({ where: { status: "INVITED" } })).toBe(2);
  });
});

describe("live-update streams", () => {
  beforeEach(resetDb);

  it("hold at most MAX_LIVE_STREAMS per user, also when opened in parallel, and free a slot on close", async () => {
    const w = await createCommentWorld();
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => openLiveStream(w.cn)));
    const opened = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(opened).toHaveLength(8);
    expect(refusals(results).map((e) => e.code)).toEqual(Array(4).fill("tooManyLiveStreams"));
    await expect(openLiveStream(w.ru)).resolves.toBeTruthy();
    await closeLiveStream(opened[0]);
    await expect(openLiveStream(w.cn)).resolves.toBeTruthy();
    await expect(openLiveStream(w.cn)).rejects.toBeInstanceOf(RateLimitError);
    // A stream whose instance stopped sending heartbeats no longer counts.
    await testDb().liveStream.updateMany({ where: { userId: w.cn.id }, data: { seenAt: new Date(Date.now() - 10 * 60_000) } });
    await expect(openLiveStream(w.cn)).resolves.toBeTruthy();
  });

  it("open no stream beyond the limit when an opening statement is sent late", async () => {
    const w = await createCommentWorld();
    const max = getEnv().MAX_LIVE_STREAMS;
    for (let i = 0; i < max - 1; i++) await openLiveStream(w.cn);
    const held = clientHoldingStatement((sql) => /insert into "public"."live_streams"|open_live_stream/i.test(sql));
    try {
      // One tab's opening stalls on its way to the database while another tab takes the last slot.
      const late = openLiveStream(w.cn, held.db).then(
        () => "opened",
        (e: unknown) => e,
      );
      await held.reached;
      await expect(openLiveStream(w.cn)).resolves.toBeTruthy();
      held.release();
      expect(await late).toBeInstanceOf(RateLimitError);
      expect(await testDb().liveStream.count({ where: { userId: w.cn.id } })).toBe(max);
    } finally {
      await held.db.$disconnect();
    }
  });
});

describe("the live-update stream route", () => {
  beforeEach(resetDb);

  it("answers 429 with Retry-After once the user's streams are all open", async () => {
    const w = await createCommentWorld();
    for (let i = 0; i < 8; i++) await openLiveStream(w.ru);
    await signIn(w.ru);
    const response = await streamRoute(new NextRequest(`http://app.test/api/comments/stream?target=EVIDENCE:${w.shared.id}`));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({ error: { code: "tooManyLiveStreams", values: { max: 8, retryAfter: 60, minutes: 1 } } });
    expect(await testDb().liveStream.count({ where: { userId: w.ru.id } })).toBe(8);
  });

  it("holds a slot while the stream is open and frees it when the reader leaves", async () => {
    const w = await createCommentWorld();
    await signIn(w.ru);
    const leave = new AbortController();
    const url = `http://app.test/api/comments/stream?target=EVIDENCE:${w.shared.id}`;
    const response = await streamRoute(new NextRequest(url, { signal: leave.signal }));
    expect(response.status).toBe(200);
    expect(await testDb().liveStream.count({ where: { userId: w.ru.id } })).toBe(1);
    leave.abort();
    await vi.waitFor(async () => expect(await testDb().liveStream.count({ where: { userId: w.ru.id } })).toBe(0), { timeout: 60_000 });
  });
});

describe("attachment quota per organization", () => {
  beforeEach(resetDb);

  it("refuses an upload beyond the organization's quota, also for parallel uploads, and changes nothing", async () => {
    const w = await createCommentWorld();
    const quota = 5120 * 1024 * 1024;
    const pdf = samples.pdf();
    // The organization's stored attachments already fill the quota but for room for one file.
    const [first] = await testDb().evidence.findMany({ where: { organizationId: w.cn.organizationId! }, take: 1 });
    const filled = quota - pdf.byteLength - 10;
    for (const size of [Math.floor(filled / 3), Math.floor(filled / 3), filled - 2 * Math.floor(filled / 3)])
      await testDb().evidenceAttachment.create({
        data: {
          evidenceId: first.id,
          fileName: "old.pdf",
          mimeType: "application/pdf",
          size,
          sha256: "0".repeat(64),
          data: new Uint8Array([1]),
        },
      });
    const before = await counts();
    const input = { projectId: w.project.id, fields: fields(w.percent.id) };
    const results = await Promise.allSettled(
      [w.cn, w.cn, w.cn].map((actor) => evidence.createEvidence(actor, input, [{ name: "new.pdf", bytes: pdf }])),
    );
    const refused = refusals(results);
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: "attachmentQuotaExceeded", field: "attachments", values: { quotaMb: 5120, usedMb: 5120 } });
    }
    expect((await counts()).attachments).toBe(before.attachments + 1);
    // Another organization has its own quota.
    await expect(evidence.createEvidence(w.cn2, input, [{ name: "new.pdf", bytes: pdf }])).resolves.toBeTruthy();
  });
});
