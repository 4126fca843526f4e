import { expect, test, type Page } from "@playwright/test";

import { ROOT } from "../../scripts/build-hash";
import { callAction, findAction, readActionAnswer, serverActions } from "../support/server-actions";
import { requestFrom, serverLogFromNow, signInFrom, stagePartner, testDatabase } from "./attacks";
import { demo, signIn, unique } from "./support";

/**
 * The outside probes of issue 12 kept as tests (`npm run test:security`), against the real
 * production server: what an attacker scripts, not what a user clicks. Each loopback address
 * 127.0.0.x is a client of its own to the server, so the per-address limits these tests
 * exhaust never touch the 127.0.0.1 every other browser test signs in from.
 */

/** A pino line's message, or null for anything else (what Next writes to the console itself). */
const pinoMessage = (line: string): string | null => {
  try {
    const entry: unknown = JSON.parse(line);
    return entry && typeof entry === "object" && "msg" in entry && typeof entry.msg === "string" ? entry.msg : null;
  } catch {
    return null;
  }
};

/**
 * The server log of server action requests Next refuses (scripts/refused-action-logs.ts): none of
 * Next's errors or warnings about them, each of which comes with its stack, and at most one
 * warning of each kind in place of them all (a test takes less than the minute between two).
 */
function expectRefusalsSummarized(log: string) {
  const lines = log.split("\n");
  const nextOwn =
    /SyntaxError|Failed to parse body as FormData|Failed to find Server Action|Server Reference ID did not match|Invalid Server Actions request/i;
  expect(lines.filter((line) => pinoMessage(line) === null && nextOwn.test(line))).toEqual([]);
  const messages = lines.map(pinoMessage).filter((message) => message !== null);
  for (const kind of [/could not read, refused with 400/, /naming no action of its page/]) {
    expect(messages.filter((message) => kind.test(message)).length, String(kind)).toBeLessThanOrEqual(1);
  }
}

const MULTIPART = "multipart/form-data; boundary=x";
/** A multipart body of one field, as React encodes a server action's arguments (field "0"). */
const formPart = (name: string, value: string) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--x--\r\n`;

/**
 * Posts a server action request to `path` as a browser's script would (or, without `id`, as a
 * form posted before JavaScript ran); Next's answer with its not-found marker.
 */
async function postAction(baseURL: string, path: string, id: string | undefined, contentType: string, body: string) {
  const response = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      ...(id === undefined ? {} : { "next-action": id }),
      "content-type": contentType,
      origin: baseURL,
    },
    body,
  });
  return { status: response.status, body: await response.text(), header: response.headers.get("x-nextjs-action-not-found") };
}

const cookieHeader = async (page: Page) =>
  (await page.context().cookies())
    .filter((c) => c.name.includes("next-auth"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");

test("item 2: a forged, changing X-Forwarded-For does not escape the per-address limit", async ({ baseURL }) => {
  const email = `spray-target-${Date.now()}@example.test`;
  const password = "spray-target-password-2026";
  await stagePartner(email, password);
  // Password spraying from one client: 30 accounts, one guess each, each claiming another address.
  const sprayed = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInFrom("127.0.0.7", baseURL!, `sprayed-${i}-${Date.now()}@example.test`, "Spring2026!", { "X-Forwarded-For": `203.0.113.${i}` }),
    ),
  );
  expect(sprayed.filter((o) => o !== "invalidCredentials")).toEqual([]);
  // The address is now spent, whatever it claims to be; the account itself is not locked.
  expect(await signInFrom("127.0.0.7", baseURL!, email, password, { "X-Forwarded-For": "198.51.100.77" })).toMatch(/^rateLimited:\d+$/);
  expect(await signInFrom("127.0.0.1", baseURL!, email, password)).toBe("ok");
});

test("item 5: ten wrong passwords lock the account from that address only; the owner still signs in", async ({ baseURL }) => {
  const email = `lock-target-${Date.now()}@example.test`;
  const password = "lock-target-password-2026";
  await stagePartner(email, password);
  for (let i = 0; i < 10; i++) expect(await signInFrom("127.0.0.8", baseURL!, email, `wrong-${i}`)).toBe("invalidCredentials");
  expect(await signInFrom("127.0.0.8", baseURL!, email, password)).toMatch(/^rateLimited:\d+$/);
  expect(await signInFrom("127.0.0.9", baseURL!, email, password)).toBe("ok");
});

test("item 6: headers — a fresh CSP nonce without unsafe-inline, COOP, Permissions-Policy, no framing", async ({ request }) => {
  const first = await request.get("/en/login");
  const second = await request.get("/en/login");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{20,}'[^;]*'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
  });
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  // Served over plain HTTP here: no HSTS (it would be ignored and is meaningless).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get("/api/health")).headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("item 5: a path that is not UTF-8 is answered 404, not 500 (found by bench:reliability)", async ({ request }) => {
  const api = await request.get("/api/scoring/jobs/%ED%A0%80");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "notFound" } });
  const page = await request.get("/zh/projects/%ED%A0%80");
  expect(page.status()).toBe(404);
  expect(await page.text()).toBe("此项不存在（或已被删除）。");
});

test("item 5: NUL bytes, out-of-range dates and cursors, oversized bodies get 400/413, never 500", async ({ page, baseURL }) => {
  await signIn(page, demo.admin);
  const cookie = await cookieHeader(page);
  const target = `PROJECT:${await anyProjectId()}`;
  const get = (path: string) => requestFrom("127.0.0.1", `${baseURL}${path}`, { headers: { cookie } });

  const answers = {
    nulSearch: await get(`/en/projects?q=${encodeURIComponent("a\u0000b")}`),
    nulTarget: await get(`/api/comments?target=${encodeURIComponent(`${target}\u0000`)}`),
    farSince: await get(`/api/comments?target=${target}&since=${encodeURIComponent("+275760-09-13T00:00:00.000Z")}`),
    hugeCursor: await get("/api/audit?before=9999999999999999999"),
    farDate: await get("/api/audit?from=9999-12-31&to=0000-01-01"),
  };
  for (const [name, answer] of Object.entries(answers)) expect(answer.status, name).toBe(400);
  expect(JSON.parse(answers.farSince.body)).toMatchObject({ error: { code: expect.any(String) } });

  // Deeply nested JSON as the payload of an evidence submission (10 MB of it cost 266 MB).
  const boundary = "probe";
  // 2 MB of nesting: over the 1 MB the JSON part may have, small enough to be read before the answer.
  const nested = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
  const big = await requestFrom("127.0.0.1", `${baseURL}/api/evidence`, {
    method: "POST",
    headers: { cookie, origin: baseURL!, "content-type": `multipart/form-data; boundary=${boundary}` },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${nested}\r\n--${boundary}--\r\n`,
  });
  expect([400, 413]).toContain(big.status);

  // A server action: a NUL byte in a comment is refused with its own message; 3 MB is refused with 413.
  const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
  const nul = await callAction(
    baseURL!,
    createComment,
    [{ target: { type: "PROJECT", id: target.slice(8) }, body: "a\u0000b", locale: "en" }],
    cookie,
  );
  expect(nul.status).toBeLessThan(500);
  expect(nul.serverError ?? (nul.validationErrors ? "validation" : "ok")).not.toMatch(/^(generic|ok)$/);
  const huge = await callAction(baseURL!, createComment, [], cookie, { body: JSON.stringify([{ body: "x".repeat(3_000_000) }]) });
  expect(huge.status).toBe(413);
});

test("item 5: a server action body that is not React's encoding gets 400, not 500 (found by bench:reliability)", async ({ baseURL }) => {
  const serverLog = serverLogFromNow();
  const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
  // Without the Next-Action header: a form posted before JavaScript ran, which Next decodes too.
  const send = async (contentType: string, body: string, fromScript = true) => {
    const response = await fetch(`${baseURL}${createComment.path}`, {
      method: "POST",
      // gzip: Next compresses its answer; the refusal must replace it all the same.
      headers: {
        accept: "text/x-component",
        "accept-encoding": "gzip",
        ...(fromScript ? { "next-action": createComment.id } : {}),
        "content-type": contentType,
        origin: baseURL!,
      },
      body,
    });
    return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
  };
  const unreadable: [string, string, boolean?][] = [
    ["text/plain;charset=UTF-8", ""],
    ["text/plain;charset=UTF-8", "garbage"],
    ["text/plain;charset=UTF-8", "["],
    ["text/plain;charset=UTF-8", '["$Q1"]'],
    ["text/plain;charset=UTF-8", `[${"[".repeat(20_000)}]`],
    [MULTIPART, "garbage"],
    [MULTIPART, formPart("0", "garbage")],
    [MULTIPART, "garbage", false],
  ];
  for (const [contentType, body, fromScript] of unreadable) {
    // Next.js answered each with 500 and its error stream; the refusal is the one a form can show.
    expect(await send(contentType, body, fromScript), `${contentType} ${body.slice(0, 20)} ${fromScript}`).toEqual({
      status: 400,
      type: "text/plain",
      body: JSON.stringify({ error: { code: "malformedRequest" } }),
    });
  }
  // Readable requests still reach the action, in both of React's encodings: here it refuses the
  // anonymous caller itself.
  for (const [contentType, body] of [
    ["text/plain;charset=UTF-8", "[{}]"],
    [MULTIPART, formPart("0", "[{}]")],
  ]) {
    const answer = await send(contentType, body);
    expect(answer.status, contentType).toBe(200);
    expect(readActionAnswer(answer.status, answer.body).serverError, contentType).toBe("unauthorized");
  }
  expectRefusalsSummarized(await serverLog());
});

test("item 5: an action id this build does not have gets Next's 400 or 409, and no stack in the log per request", async ({ baseURL }) => {
  const serverLog = serverLogFromNow();
  const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
  // Next's ids are 42 hex digits: another length is refused as malformed (400), an unknown one as unavailable (409).
  const unknownId = `7f${"0".repeat(40)}`;
  const probes: [path: string, id: string | undefined, contentType: string, body: string, status: number][] = [
    ["/en/login", "deadbeef", "text/plain;charset=UTF-8", "[]", 400],
    ["/en/projects", "x", "text/plain;charset=UTF-8", "", 400],
    ["/zh/no-such-page", "deadbeef", "text/plain;charset=UTF-8", "garbage", 400],
    [createComment.path, unknownId, "text/plain;charset=UTF-8", "[]", 409],
    ["/ru/login", unknownId, MULTIPART, formPart("0", "[]"), 409],
    // A form posted without JavaScript names its action in a field.
    ["/en/login", undefined, MULTIPART, formPart(`$ACTION_ID_${unknownId}`, ""), 409],
  ];
  for (const [path, id, contentType, body, status] of probes) {
    expect(await postAction(baseURL!, path, id, contentType, body), path).toEqual({
      status,
      body: status === 400 ? "Invalid Server Action request." : "Server Action unavailable.",
      header: "1",
    });
  }
  expectRefusalsSummarized(await serverLog());
});

test("item 5: an action sent to a page without it gets 409; the server does not send it to itself", async ({ baseURL }) => {
  const serverLog = serverLogFromNow();
  // Its id is in the JavaScript of every project page; none of these pages imports it. Next would
  // send each request on to the server itself, to `/[locale]/evidence/[id]`, and answer 200 `{}`.
  const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
  const probes: [path: string, id: string | undefined, contentType: string, body: string][] = [
    ["/en/login", createComment.id, "text/plain;charset=UTF-8", "[{}]"],
    ["/zh/projects", createComment.id, "text/plain;charset=UTF-8", "[{}]"],
    ["/ru/no-such-page", createComment.id, MULTIPART, formPart("0", "[{}]")],
    ["/en/login", undefined, MULTIPART, formPart(`$ACTION_ID_${createComment.id}`, "")],
  ];
  for (const [path, id, contentType, body] of probes) {
    expect(await postAction(baseURL!, path, id, contentType, body), `${path} ${contentType}`).toEqual({
      status: 409,
      body: "Server Action unavailable.",
      header: "1",
    });
  }
  const log = await serverLog();
  expect(log).not.toMatch(/uncaughtException|Error: aborted|ECONNRESET|failed to forward action response/);
  expectRefusalsSummarized(log);
});

test("item 3: a comment on a draft notifies nobody outside the drafting organization", async ({ page, baseURL }) => {
  const sql = testDatabase();
  try {
    // A draft of the Chinese partner's organization in a project shared with other organizations.
    const [draft] = await sql<{ id: string; organization_id: string; outsiders: number }[]>`
      SELECT e.id, e.organization_id,
        (SELECT count(*)::int FROM project_partners pp WHERE pp.project_id = e.project_id AND pp.organization_id <> e.organization_id) AS outsiders
      FROM evidence e JOIN users u ON u.organization_id = e.organization_id
      WHERE u.email = ${demo.partnerCn} AND e.status = 'DRAFT'
      ORDER BY outsiders DESC LIMIT 1`;
    expect(draft?.outsiders).toBeGreaterThan(0);
    await signIn(page, demo.partnerCn);
    const createComment = findAction(serverActions(ROOT), "lib/comments/actions.ts", "createCommentAction");
    const answer = await callAction(
      baseURL!,
      createComment,
      [{ target: { type: "EVIDENCE", id: draft.id }, body: unique("Draft probe"), locale: "en" }],
      await cookieHeader(page),
    );
    expect(answer.ok).toBe(true);
    const told = await sql<{ email: string }[]>`
      SELECT u.email FROM notifications n JOIN users u ON u.id = n.recipient_id
      WHERE n.evidence_id = ${draft.id} AND u.organization_id IS DISTINCT FROM ${draft.organization_id}`;
    expect(told).toEqual([]);
  } finally {
    await sql.end({ timeout: 5 });
  }
});

test("item 7: beyond the open live streams a user may hold, 429 with Retry-After", async ({ page, baseURL }) => {
  // A colleague of Ivan's of their own: no stream of another test counts against them.
  const email = `streams-${Date.now()}@example.test`;
  await stagePartner(email, "streams-password-2026", demo.partnerRu);
  await signIn(page, email, "streams-password-2026");
  const cookie = await cookieHeader(page);
  const url = `${baseURL}/api/comments/stream?target=PROJECT:${await anyProjectId(demo.partnerRu)}`;
  const aborter = new AbortController();
  try {
    const answers: Response[] = [];
    // MAX_LIVE_STREAMS is 8 unless configured; the launcher does not configure it.
    for (let i = 0; i < 9; i++) answers.push(await fetch(url, { headers: { cookie }, signal: aborter.signal }));
    expect(answers.slice(0, 8).map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers[8].status).toBe(429);
    expect(Number(answers[8].headers.get("retry-after"))).toBeGreaterThan(0);
  } finally {
    aborter.abort();
  }
});

/** A project the user (any when none given) is a partner in. */
async function anyProjectId(email?: string): Promise<string> {
  const sql = testDatabase();
  try {
    const [row] = email
      ? await sql<{ id: string }[]>`
          SELECT pp.project_id AS id FROM project_partners pp JOIN users u ON u.organization_id = pp.organization_id
          WHERE u.email = ${email} LIMIT 1`
      : await sql<{ id: string }[]>`SELECT id FROM joint_projects LIMIT 1`;
    return row.id;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
