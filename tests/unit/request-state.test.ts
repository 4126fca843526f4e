import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { error as nextLogError } from "next/dist/build/output/log";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { markActionRan } from "@/lib/http/response-status";

import { quietRefusedActionLogs } from "../../scripts/refused-action-logs";
import { handleWithState } from "../../scripts/request-state";

/**
 * The web server's per-request path (scripts/serve.ts) over real HTTP, with a stand-in for Next.js
 * that answers and logs as Next 16 does (seen against the production build): an action body it
 * cannot decode gets 500, and its logger (the same module Next's server uses) writes
 * `⨯ SyntaxError: …` through console.error; a form post is logged twice.
 */
async function next(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
    if (!req.headers["next-action"]) nextLogError(error);
    res.setHeader("content-type", "text/x-component").end(`0:E{"digest":"612028921"}\n`);
    return;
  }
  // The action ran (lib/actions/safe-action.ts marks it); what fails after it is a real error.
  markActionRan();
  res.statusCode = 500;
  nextLogError(new Error(`rendering after the action failed (${JSON.stringify(args)})`));
  res.setHeader("content-type", "text/x-component").end("0:E{}\n");
}

const stderr: unknown[][] = [];
let warnings: Record<string, unknown>[] = [];
const realError = console.error;
let server: Server;
let baseUrl: string;

const post = async (path: string, body: string, headers: Record<string, string>) => {
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
};
const action = { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8" };
const form = { "content-type": "multipart/form-data; boundary=x" };
const malformed = { status: 400, body: JSON.stringify({ error: { code: "malformedRequest" } }) };
/** What Next's logger wrote: the error each line shows, after its `⨯` prefix. */
const nextLines = () =>
  stderr.map(([prefix, error]) => (String(prefix).includes("⨯") && error instanceof Error ? error.message : String(prefix)));

beforeAll(async () => {
  console.error = (...args: unknown[]) => void stderr.push(args);
  quietRefusedActionLogs();
  server = createServer((req, res) => void handleWithState(req, res, next));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  console.error = realError;
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  stderr.length = 0;
  warnings = [];
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
