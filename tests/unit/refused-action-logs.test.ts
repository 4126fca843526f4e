import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { responseState, type ResponseState } from "@/lib/http/response-status";

import { holdActionLogs, quietRefusedActionLogs } from "../../scripts/refused-action-logs";

/** What reached stderr through console.error (the filter's target), and the pino lines written. */
const stderr: unknown[][] = [];
let warnings: Record<string, unknown>[] = [];
const realError = console.error;

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

const refused = (url = "/en/projects") => actionRequest(url)(true);

beforeAll(() => {
  console.error = (...args: unknown[]) => void stderr.push(args);
  quietRefusedActionLogs();
});
afterAll(() => {
  console.error = realError;
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
    })(true);
    expect(stderr).toEqual([]);
    expect(warnings).toEqual([
      {
        level: 40,
        refused: 1,
        path: "/en/projects",
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
    settle(true);
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
    })(true);
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
    settle(false);
    const after = new Error("after the status");
    responseState.run(state, () => console.error(after));
    expect(stderr).toEqual([["⨯", first], [second], [after]]);
    expect(warnings).toHaveLength(1);
  });
});
