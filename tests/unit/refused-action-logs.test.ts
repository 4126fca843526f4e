import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { responseState, type ResponseState } from "@/lib/http/response-status";

import { holdActionLogs, quietRefusedActionLogs, type ActionOutcome } from "../../scripts/refused-action-logs";

const UNREADABLE: ActionOutcome = { refused: "unreadable" };
const ANSWERED: ActionOutcome = { refused: false };

/** What reached stderr through console.error and console.warn (the filter's targets), and the pino lines written. */
const stderr: unknown[][] = [];
let warnings: Record<string, unknown>[] = [];
const { error: realError, warn: realWarn } = console;

/** Next.js' log of an action body it could not decode: its `⨯` prefix, then the error. */
const nextLogsUnreadable = (body = "garbage") => {
  try {
    JSON.parse(body);
  } catch (error) {
    console.error("⨯", error);
  }
};

/** One request Next may decode as a server action, with what Next logs inside it; settled by the caller. */
function actionRequest(url: string, inside: (state: ResponseState) => void = () => nextLogsUnreadable()) {
  const state: ResponseState = {};
  const settle = holdActionLogs(state, url);
  responseState.run(state, () => inside(state));
  return settle;
}

const refused = (url = "/en/projects") => actionRequest(url)(UNREADABLE);

beforeAll(() => {
  console.error = (...args: unknown[]) => void stderr.push(args);
  console.warn = (...args: unknown[]) => void stderr.push(args);
  quietRefusedActionLogs();
});
afterAll(() => {
  Object.assign(console, { error: realError, warn: realWarn });
});
beforeEach(() => {
  stderr.length = 0;
  warnings = [];
  const logger = pino({ base: null, timestamp: false }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
  quietRefusedActionLogs({ logger, intervalMs: 60_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Next's error log of a server action request the web server refuses", () => {
  it("becomes one warning, the first in full, instead of an error with its stack", () => {
    actionRequest("/en/projects?q=x", () => {
      nextLogsUnreadable();
      // A form post is logged twice (the route's onRequestError, then the error page).
      nextLogsUnreadable();
    })(UNREADABLE);
    expect(stderr).toEqual([]);
    expect(warnings).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/projects",
        status: 400,
        err: expect.objectContaining({ type: "SyntaxError", message: expect.stringContaining('"garbage" is not valid JSON') }),
        msg: "a server action request Next.js could not read, refused with 400; further ones: at most one line every 60 s",
      },
    ]);
    expect((warnings[0].err as { stack: string }).stack).toMatch(/^SyntaxError: .*\n\s+at /);
  });

  it("is at most one line a minute, counting the requests refused since the last line", () => {
    vi.useFakeTimers();
    refused();
    for (let i = 0; i < 500; i++) refused(`/en/projects/${i}`);
    vi.advanceTimersByTime(59_000);
    expect(warnings).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(warnings.slice(1)).toEqual([
      {
        level: 40,
        refused: 500,
        path: "/en/projects/499",
        status: 400,
        error: expect.stringContaining('"garbage" is not valid JSON'),
        msg: "server action requests Next.js could not read, refused with 400 since the last line",
      },
    ]);
    // Quiet for longer than a minute: the next one is told at once, the one after a minute later.
    vi.advanceTimersByTime(120_000);
    refused("/zh/login");
    expect(warnings.slice(2)).toMatchObject([{ refused: 1, path: "/zh/login" }]);
    refused("/ru/login");
    refused("/ru/login");
    vi.advanceTimersByTime(59_999);
    expect(warnings).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(warnings.slice(3)).toMatchObject([{ refused: 2, path: "/ru/login" }]);
    expect(stderr).toEqual([]);
  });
});

describe("every other console.error", () => {
  it("passes through untouched, also while refused requests are quieted", () => {
    const outside = new Error("a render failed");
    const otherRequest = new TypeError("an API route failed");
    const settle = actionRequest("/en/projects");
    console.error(outside);
    responseState.run({}, () => console.error("⨯", otherRequest, { digest: "1" }));
    settle(UNREADABLE);
    expect(stderr).toEqual([[outside], ["⨯", otherRequest, { digest: "1" }]]);
    expect(stderr[0][0]).toBe(outside);
    expect(warnings).toHaveLength(1);
  });

  it("passes through once a server action of ours ran, in the same request", () => {
    const inAction = new Error("the action's own failure");
    actionRequest("/en/projects", (state) => {
      nextLogsUnreadable();
      state.actionRan = true;
      console.error(inAction);
    })(UNREADABLE);
    expect(stderr).toEqual([[inAction]]);
    expect(warnings).toMatchObject([{ refused: 1 }]);
  });

  it("of a possible server action the web server did not refuse is written as it came, in order", () => {
    const first = new Error("first");
    const second = new Error("second");
    const state: ResponseState = {};
    const settle = holdActionLogs(state, "/en/projects");
    responseState.run(state, () => {
      console.error("⨯", first);
      console.error(second);
    });
    // Held until the web server knows the status.
    expect(stderr).toEqual([]);
    refused();
    settle(ANSWERED);
    const after = new Error("after the status");
    responseState.run(state, () => console.error(after));
    expect(stderr).toEqual([["⨯", first], [second], [after]]);
    expect(warnings).toHaveLength(1);
  });
});

describe("Next's warning of a server action request naming no action of this build", () => {
  const notFound = new Error('Failed to find Server Action "7f00". This request might be from an older or newer deployment.\nRead more: …');

  it("answered 4xx for it, becomes one warning; the request's other lines are written, in order", () => {
    const other = new Error("not Next's reason");
    actionRequest("/en/login?next=/", () => {
      console.warn("⚠ Missing `origin` header from a forwarded Server Actions request.");
      console.warn(notFound);
      console.error(other);
    })({ refused: "unknownAction", status: 409 });
    expect(stderr).toEqual([["⚠ Missing `origin` header from a forwarded Server Actions request."], [other]]);
    expect(warnings).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/login",
        status: 409,
        err: expect.objectContaining({ type: "Error", message: notFound.message }),
        msg: "a server action request naming no action of its page, answered 409 by Next.js; further ones: at most one line every 60 s",
      },
    ]);
  });

  it("is counted apart from unreadable requests, with the short reason of the latest", () => {
    vi.useFakeTimers();
    refused();
    actionRequest("/en/a", () => console.warn(notFound))({ refused: "unknownAction", status: 409 });
    actionRequest("/en/b", () => console.warn(notFound))({ refused: "unknownAction", status: 400 });
    expect(warnings).toMatchObject([{ err: { type: "SyntaxError" } }, { path: "/en/a", status: 409 }]);
    vi.advanceTimersByTime(60_000);
    expect(warnings.slice(2)).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/b",
        status: 400,
        error: 'Failed to find Server Action "7f00". This request might be from an older or newer deployment.',
        msg: "server action requests naming no action of their page, answered 400 or 409 by Next.js since the last line",
      },
    ]);
    expect(stderr).toEqual([]);
  });

  it("is written as it came when the request was not refused so (it ended 2xx, 3xx, 5xx or another 4xx)", () => {
    const settle = actionRequest("/en/projects", () => console.warn(notFound));
    expect(stderr).toEqual([]);
    settle(ANSWERED);
    expect(stderr).toEqual([[notFound]]);
    expect(warnings).toEqual([]);
  });
});
