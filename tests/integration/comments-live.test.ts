import postgres from "postgres";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { listening, stopListening, subscribe } from "@/lib/realtime/listener";
import { COMMENTS_CHANNEL, signalCommentChange } from "@/lib/realtime/notify";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

// A separate session, as another app instance would have: it hears only committed changes.
let listener: postgres.Sql;
let received: string[] = [];

beforeAll(async () => {
  listener = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {}, connection: { application_name: "vitest-listener" } });
  await listener.listen(COMMENTS_CHANNEL, (payload) => received.push(payload));
});
afterAll(async () => {
  await listener.end({ timeout: 5 });
  await stopListening();
});
beforeEach(async () => {
  await resetDb();
  received = [];
});
afterEach(() => {
  received = [];
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("live comment signals", () => {
  it("NOTIFY reaches another session at commit with the target and comment id", async () => {
    const w = await createCommentWorld();
    const c = await comment(w.ru, w.sharedTarget, "Live!");
    await settle();
    expect(received.map((p) => JSON.parse(p))).toEqual([{ targetType: "EVIDENCE", targetId: w.shared.id, commentId: c.id }]);
  });

  it("sends nothing when the transaction rolls back or the service refuses", async () => {
    const w = await createCommentWorld();
    await expect(
      testDb().$transaction(async (tx) => {
        await signalCommentChange(tx, { targetType: "PROJECT", targetId: w.project.id, commentId: "x" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await settle();
    expect(received).toEqual([]);
    const l1 = await comment(w.cn, w.projectTarget, "1");
    const l2 = await comment(w.cn, w.projectTarget, "2", { parentId: l1.id });
    const l3 = await comment(w.cn, w.projectTarget, "3", { parentId: l2.id });
    await settle();
    expect(received).toHaveLength(3);
    received = [];
    await expect(comment(w.cn, w.projectTarget, "4", { parentId: l3.id })).rejects.toMatchObject({ code: "tooDeep" });
    await settle();
    expect(received).toEqual([]);
  });

  it("the process-wide listener hands each signal to the subscribers of that target only", async () => {
    const w = await createCommentWorld();
    const heard: string[] = [];
    const elsewhere: string[] = [];
    const off = subscribe("PROJECT", w.project.id, (s) => heard.push(s.commentId));
    const offOther = subscribe("EVIDENCE", w.shared.id, (s) => elsewhere.push(s.commentId));
    await listening(); // LISTEN is issued on the first subscription
    const c = await comment(w.ru, w.projectTarget, "For project readers");
    await settle();
    expect(heard).toEqual([c.id]);
    expect(elsewhere).toEqual([]);
    off();
    await comment(w.ru, w.projectTarget, "Nobody listens");
    await settle();
    expect(heard).toEqual([c.id]);
    offOther();
  });

  it("after the LISTEN connection is lost and restored, every open stream is asked to re-read", async () => {
    await listening();
    const heard: string[] = [];
    const unsubscribe = subscribe("PROJECT", "00000000-0000-4000-8000-000000000001", (signal) =>
      heard.push(`${signal.targetType}:${signal.targetId}:${signal.commentId}`),
    );
    try {
      // What a database restart or a network cut does to the app's listening session.
      await testDb()
        .$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'listen%' AND pid <> pg_backend_pid() AND application_name <> 'vitest-listener'`;
      await expect.poll(() => heard, { timeout: 10_000 }).toEqual(["PROJECT:00000000-0000-4000-8000-000000000001:"]);
    } finally {
      unsubscribe();
    }
  });
});
