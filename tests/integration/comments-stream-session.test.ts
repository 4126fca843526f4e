import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { GET as streamRoute } from "@/app/api/comments/stream/route";
import { startSession } from "@/lib/auth/sessions";
import { STREAM_HEARTBEAT_MS } from "@/lib/limits/streams";
import { stopListening } from "@/lib/realtime/listener";
import { endOwnSession } from "@/lib/sessions/service";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

/**
 * A live comment stream re-checks the session that opened it at every heartbeat and closes once
 * that session has ended, instead of sending comment ids to a signed-out browser until it leaves.
 * The route runs for real; next-auth's decoded cookie is stood in, and only setInterval is faked,
 * so that a test can beat the heart (database, LISTEN and everything else run on real time).
 */
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));

type World = Awaited<ReturnType<typeof createCommentWorld>>;

/** Every stream a test opened, to leave at its end (a stream left open would hold its slot). */
const opened: AbortController[] = [];

/** A browser of the Russian partner, signed in: the stream it opens on the shared evidence's thread. */
async function openStream(w: World) {
  const sid = await startSession(testDb(), w.ru.id, "198.51.100.7");
  signedIn.session = { uid: w.ru.id, sv: w.ru.sessionVersion, sid };
  const leave = new AbortController();
  const response = await streamRoute(
    new NextRequest(`http://app.test/api/comments/stream?target=EVIDENCE:${w.shared.id}`, { signal: leave.signal }),
  );
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let closed = false;
  /** Reads until `expected` has arrived or the stream closed (or 10 s passed); returns all text so far. */
  const readUntil = async (expected: string | null) => {
    const deadline = Date.now() + 10_000;
    while (!closed && (expected === null || !text.includes(expected)) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
      if (chunk === null) break;
      if (chunk.done) closed = true;
      else text += decoder.decode(chunk.value);
    }
    return text;
  };
  await readUntil(": connected");
  opened.push(leave);
  return { sid, readUntil, text: () => text, isClosed: () => closed };
}

const heartbeat = () => vi.advanceTimersByTime(STREAM_HEARTBEAT_MS);
const openSlots = (userId: string) => testDb().liveStream.count({ where: { userId } });

describe("a live comment stream whose session has ended", () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const leave of opened.splice(0)) leave.abort();
  });
  afterAll(stopListening);

  it("closes at the next heartbeat after the session was ended elsewhere, and delivers nothing more", async () => {
    const w = await createCommentWorld();
    const stream = await openStream(w);
    const before = await comment(w.cn, w.sharedTarget, "Seen while signed in");
    expect(await stream.readUntil(before.id)).toContain(`"commentId":"${before.id}"`);
    // While the session is valid, a heartbeat pings and the stream stays open.
    heartbeat();
    expect(await stream.readUntil(": ping")).toContain(": ping");
    expect(stream.isClosed()).toBe(false);

    // The laptop is ended from another browser (/account).
    const phone = await startSession(testDb(), w.ru.id, "203.0.113.9");
    await endOwnSession(w.ru, phone, stream.sid);
    const seen = stream.text().length;
    heartbeat();
    const text = await stream.readUntil(null);
    expect(stream.isClosed()).toBe(true);
    expect(text.slice(seen)).toBe("");
    await vi.waitFor(async () => expect(await openSlots(w.ru.id)).toBe(0));

    const after = await comment(w.cn, w.sharedTarget, "Posted after the sign-out");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stream.readUntil(null)).not.toContain(after.id);
  });

  it.each([
    ["the session version moved on", { user: { sessionVersion: { increment: 1 } } }],
    ["the account was deactivated", { user: { status: "DISABLED" } }],
    ["the session expired", { session: { expiresAt: new Date(Date.now() - 1000) } }],
  ] as const)("closes at the next heartbeat when %s", async (_case, change) => {
    const w = await createCommentWorld();
    const stream = await openStream(w);
    if ("user" in change) await testDb().user.update({ where: { id: w.ru.id }, data: change.user });
    else await testDb().userSession.update({ where: { id: stream.sid }, data: change.session });
    heartbeat();
    await stream.readUntil(null);
    expect(stream.isClosed()).toBe(true);
    await vi.waitFor(async () => expect(await openSlots(w.ru.id)).toBe(0));
  });
});
