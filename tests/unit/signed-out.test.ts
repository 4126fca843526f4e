import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * A browser tab whose session was ended elsewhere: the first request our API refuses with 401
 * (or an action refuses as "unauthorized") signs the tab out once, which the shell's notice and
 * the live comment thread listen to; reads after it no longer reach the server.
 */
describe("a tab that learns it is signed out", () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  // A fresh module state for each test, as a freshly loaded page has.
  const load = async () => {
    vi.resetModules();
    return { client: await import("@/lib/api/client"), state: await import("@/lib/api/signed-out") };
  };
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  beforeEach(() => {
    vi.stubGlobal("window", {});
    fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("is signed out by a 401 from a read, tells its listeners once, and stops sending reads", async () => {
    const { client, state } = await load();
    const heard = vi.fn();
    state.subscribeSignedOut(heard);
    fetchMock.mockResolvedValueOnce(answer(200, { data: 3 }));
    expect(await client.getJson("/api/notifications/unread")).toBe(3);
    expect(state.isSignedOut()).toBe(false);

    fetchMock.mockResolvedValueOnce(answer(401, { error: { code: "unauthorized" } }));
    await expect(client.getJson("/api/comments?target=PROJECT:1")).rejects.toMatchObject({ error: { code: "unauthorized" } });
    expect(state.isSignedOut()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);

    // The next poll is refused here, without a request; the listeners are not told again.
    await expect(client.getJson("/api/comments?target=PROJECT:1")).rejects.toMatchObject({ error: { code: "unauthorized" } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("is signed out by a server action refused as unauthorized", async () => {
    const { client, state } = await load();
    await expect(client.callAction(async () => ({ serverError: { code: "unauthorized" } }), {})).rejects.toMatchObject({
      error: { code: "unauthorized" },
    });
    expect(state.isSignedOut()).toBe(true);
  });

  it("stays signed in on other refusals and on a network failure", async () => {
    const { client, state } = await load();
    fetchMock.mockResolvedValueOnce(answer(403, { error: { code: "forbidden" } }));
    await expect(client.getJson("/api/audit")).rejects.toMatchObject({ error: { code: "forbidden" } });
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    await expect(client.getJson("/api/audit")).rejects.toMatchObject({ error: { code: "generic" } });
    await expect(client.callAction(async () => ({ serverError: { code: "forbidden" } }), {})).rejects.toMatchObject({
      error: { code: "forbidden" },
    });
    expect(state.isSignedOut()).toBe(false);
  });

  it("never keeps the state on a server, where one module serves every request", async () => {
    vi.unstubAllGlobals();
    const { state } = await load();
    state.reportSignedOut();
    expect(state.isSignedOut()).toBe(false);
  });
});
