import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { Readable } from "node:stream";

import { error as nextLogError, warn as nextLogWarn } from "next/dist/build/output/log";
import { NEXT_ACTION_NOT_FOUND_HEADER } from "next/dist/client/components/app-router-headers";
import { getActionNotFoundError, getInvalidServerReferenceIdError } from "next/dist/server/app-render/manifests-singleton";
import { getCloneableBody } from "next/dist/server/body-streams";
import { mightBeServerReferenceId } from "next/dist/shared/lib/server-reference-info";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { markActionRan } from "@/lib/http/response-status";

import { FORWARDED_ACTION_HEADER, refuseActionForwarding } from "../../scripts/action-forwarding";
import { quietRefusedActionLogs } from "../../scripts/refused-action-logs";
import { handleWithState } from "../../scripts/request-state";

/** The one server action of the stand-in's page (Next's ids are 42 hex digits). */
const ACTION_ID = `7f${"0".repeat(38)}aa`;
/** An action of the build that another page imports. */
const OTHER_PAGE_ACTION_ID = `7f${"1".repeat(38)}bb`;
/** The path where the stand-in answers as Next does after proxy.ts ran, slowly. */
const PROXIED = "/en/proxied";

/**
 * The web server's per-request path (scripts/serve.ts) over real HTTP, with a stand-in for Next.js
 * that answers and logs as Next 16 does (seen against the production build), with Next's own
 * logger and errors:
 * - an action id the build does not have: 400 (not an id's format) or 409, its
 *   x-nextjs-action-not-found header, and the Error through console.warn, before the body is read;
 * - an action body it cannot decode: 500, and `⨯ SyntaxError: …` through console.error; a form
 *   post is logged twice;
 * - a form post whose action runs: first a warning that it has no Origin, then 200;
 * - an action of another page: sent again to the server itself, to the pattern of that page, with
 *   x-action-forwarded, and answered with what came back: 409 and its marker if the copy had it,
 *   else 200 `{}`. The copy gets proxy.ts's 413 (its length is unknown);
 * - after proxy.ts ran for a body, the request's stream replaced by Next's buffered copy.
 */
async function next(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const id = req.headers["next-action"];
  if (req.headers[FORWARDED_ACTION_HEADER]) {
    forwardedCopies++;
    res.writeHead(413, { "content-type": "text/plain" }).end('{"error":{"code":"bodyTooLarge"}}');
    return;
  }
  if (id === OTHER_PAGE_ACTION_ID) {
    const headers = { "next-action": id, "content-type": "text/plain;charset=UTF-8", [FORWARDED_ACTION_HEADER]: "1" };
    const body = Readable.toWeb(req) as ReadableStream;
    const init = { method: "POST", headers, body, duplex: "half", redirect: "manual" } as RequestInit;
    const copy = await fetch(`${baseUrl}/[locale]/evidence/[id]`, init);
    await copy.body?.cancel();
    if (copy.headers.get(NEXT_ACTION_NOT_FOUND_HEADER) === "1") {
      res.setHeader(NEXT_ACTION_NOT_FOUND_HEADER, "1");
      res.setHeader("content-type", "text/plain");
      res.statusCode = 409;
      res.end("Server Action unavailable.");
    } else res.setHeader("content-type", "application/json; charset=utf-8").end("{}");
    return;
  }
  if (req.url === PROXIED) {
    const body = getCloneableBody(req);
    for await (const chunk of body.cloneBodyStream()) void chunk;
    await body.finalize();
    res.writeHead(200, { "content-type": "text/html" }).write("<h1>");
    await once(res, "close");
    return;
  }
  if (typeof id === "string" && id !== ACTION_ID) {
    console.warn(mightBeServerReferenceId(id) ? getActionNotFoundError(id) : getInvalidServerReferenceIdError(id));
    res.setHeader(NEXT_ACTION_NOT_FOUND_HEADER, "1");
    res.setHeader("content-type", "text/plain");
    res.statusCode = mightBeServerReferenceId(id) ? 409 : 400;
    res.end(res.statusCode === 400 ? "Invalid Server Action request." : "Server Action unavailable.");
    return;
  }
  let body = "";
  for await (const chunk of req) body += String(chunk);
  if (req.method === "GET") {
    res.statusCode = 500;
    nextLogError(new Error("a page failed to render"));
    res.setHeader("content-type", "text/html").end("<h1>500</h1>");
    return;
  }
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch (error) {
    res.statusCode = 500;
    nextLogError(error);
    if (!id) nextLogError(error);
    res.setHeader("content-type", "text/x-component").end(`0:E{"digest":"612028921"}\n`);
    return;
  }
  if (!id) nextLogWarn("Missing `origin` header from a forwarded Server Actions request.");
  // The action ran (lib/actions/safe-action.ts marks it); what fails after it is a real error.
  markActionRan();
  if (!id) {
    res.setHeader("content-type", "text/html").end("<h1>Saved</h1>");
    return;
  }
  res.statusCode = 500;
  nextLogError(new Error(`rendering after the action failed (${JSON.stringify(args)})`));
  res.setHeader("content-type", "text/x-component").end("0:E{}\n");
}

/** What reached stderr through console.error and console.warn (the filter's targets). */
const stderr: { method: "error" | "warn"; args: unknown[] }[] = [];
let warnings: Record<string, unknown>[] = [];
/** Requests the server sent to itself. */
let forwardedCopies = 0;
const { error: realError, warn: realWarn } = console;
let server: Server;
let baseUrl: string;

const post = async (path: string, body: string, headers: Record<string, string>) => {
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
};
const action = { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" };
const form = { "content-type": "multipart/form-data; boundary=x" };
const malformed = { status: 400, body: JSON.stringify({ error: { code: "malformedRequest" } }) };
/** What Next's logger wrote: the error each line shows, after its `⨯` prefix. */
const nextLines = () =>
  stderr.map(({ args: [prefix, error] }) => (String(prefix).includes("⨯") && error instanceof Error ? error.message : String(prefix)));

beforeAll(async () => {
  console.error = (...args: unknown[]) => void stderr.push({ method: "error", args });
  console.warn = (...args: unknown[]) => void stderr.push({ method: "warn", args });
  quietRefusedActionLogs();
  refuseActionForwarding();
  server = createServer((req, res) => void handleWithState(req, res, next));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  Object.assign(console, { error: realError, warn: realWarn });
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  stderr.length = 0;
  warnings = [];
  forwardedCopies = 0;
  const logger = pino({ base: null, timestamp: false }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
  quietRefusedActionLogs({ logger });
});

describe("the web server, for server action requests Next.js cannot read", () => {
  it("refuses them with 400 and logs one warning for many, not Next's error per request", async () => {
    expect(await post("/en/projects", "garbage", action)).toEqual(malformed);
    expect(await post("/en/projects", "[", action)).toEqual(malformed);
    expect(await post("/zh/login", "garbage", form)).toEqual(malformed);
    expect(stderr).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 40,
        refused: 1,
        path: "/en/projects",
        err: expect.objectContaining({ type: "SyntaxError", message: expect.stringContaining('"garbage" is not valid JSON') }),
      }),
    ]);
  });

  it("still lets Next log the errors of requests it answers with 500 itself", async () => {
    expect(await post("/en/projects", "garbage", action)).toEqual(malformed);
    const page = await fetch(`${baseUrl}/en/projects`);
    expect(page.status).toBe(500);
    expect((await post("/en/projects", "[{}]", action)).status).toBe(500);
    expect(nextLines()).toEqual(["a page failed to render", "rendering after the action failed ([{}])"]);
    expect(warnings).toHaveLength(1);
  });
});

describe("the web server, for server action requests naming an action this build does not have", () => {
  const unknown = (id: string) => ({ "next-action": id, "content-type": "text/plain;charset=UTF-8" });
  const invalid = { status: 400, body: "Invalid Server Action request." };

  it("lets Next answer them and logs one warning for many, not Next's warning with its stack per request", async () => {
    expect(await post("/en/projects?q=1", "[]", unknown("deadbeef"))).toEqual(invalid);
    expect(await post("/zh/login", "", unknown("x"))).toEqual(invalid);
    expect(await post("/en/nope", "[]", unknown(`7f${"0".repeat(40)}`))).toEqual({ status: 409, body: "Server Action unavailable." });
    expect(await post("/en/projects", "garbage", unknown("deadbeef"))).toEqual(invalid);
    expect(stderr).toEqual([]);
    expect(warnings).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/projects",
        status: 400,
        err: expect.objectContaining({ type: "Error", message: expect.stringContaining('Received "deadbeef".') }),
        msg: "a server action request naming no action of its page, answered 400 by Next.js; further ones: at most one line every 60 s",
      },
    ]);
    // The other kind is counted apart: its first one is told at once, in full.
    expect(await post("/en/projects", "garbage", action)).toEqual(malformed);
    expect(warnings.slice(1)).toMatchObject([{ refused: 1, status: 400, err: { type: "SyntaxError" } }]);
    expect(stderr).toEqual([]);
  });

  it("still writes every other warning in the same minute, in order", async () => {
    expect((await post("/en/projects", "[]", unknown("deadbeef"))).status).toBe(400);
    console.warn("⚠ a warning outside any request");
    // A form whose action runs: Next's warning comes before the action, so it was held, then written.
    expect(await post("/en/projects", "[{}]", form)).toEqual({ status: 200, body: "<h1>Saved</h1>" });
    expect((await post("/en/projects", "[]", unknown(`7f${"0".repeat(40)}`))).status).toBe(409);
    expect(stderr).toEqual([
      { method: "warn", args: ["⚠ a warning outside any request"] },
      { method: "warn", args: [expect.stringContaining("Missing `origin` header from a forwarded Server Actions request.")] },
    ]);
    expect(warnings).toMatchObject([{ refused: 1, status: 400 }]);
  });
});

describe("the web server, for a server action request naming an action of another page", () => {
  it("answers it as Next answers an action this build lacks, without sending it to itself", async () => {
    const headers = { "next-action": OTHER_PAGE_ACTION_ID, "content-type": "text/plain;charset=UTF-8" };
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${baseUrl}/en/login`, { method: "POST", headers, body: "[{}]" });
      expect({ status: response.status, body: await response.text(), marker: response.headers.get(NEXT_ACTION_NOT_FOUND_HEADER) }).toEqual({
        status: 409,
        body: "Server Action unavailable.",
        marker: "1",
      });
    }
    expect(forwardedCopies).toBe(0);
    expect(stderr).toEqual([]);
    expect(warnings).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/login",
        status: 409,
        err: expect.objectContaining({
          type: "Error",
          message: `Server Action "${OTHER_PAGE_ACTION_ID}" is not on the page it was sent to; not forwarded to /[locale]/evidence/[id].`,
        }),
        msg: "a server action request naming no action of its page, answered 409 by Next.js; further ones: at most one line every 60 s",
      },
    ]);
  });
});

describe("the web server, for a client that leaves before its answer is complete", () => {
  it("writes nothing to the log, although Next took the request's error listeners", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => void uncaught.push(error);
    process.on("uncaughtExceptionMonitor", record);
    try {
      const closed = new Promise<void>((resolve) => server.once("request", (_req, res: ServerResponse) => res.once("close", resolve)));
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, "127.0.0.1");
      socket.write(`POST ${PROXIED} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`);
      // Gone once the answer has begun.
      socket.once("data", () => socket.destroy());
      await closed;
      // Node emits the request's error a tick after the close.
      await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toEqual([]);
      expect(stderr).toEqual([]);
    } finally {
      process.off("uncaughtExceptionMonitor", record);
    }
  });
});
