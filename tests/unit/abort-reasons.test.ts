import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { beforeAll, describe, expect, it } from "vitest";

import { formatAbortReasonStacks } from "../../scripts/abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A finished render as React leaves it: its signal aborted with an Error made inside the render. */
function finishRender(): { signal: AbortSignal; render: WeakRef<object> } {
  class Render {
    rows = new Array(100_000).fill("row");
    finish(controller: AbortController) {
      controller.abort(new Error("This render completed successfully."));
    }
  }
  const render = new Render();
  const controller = new AbortController();
  render.finish(controller);
  return { signal: controller.signal, render: new WeakRef(render) };
}

describe("the web server's abort reasons", () => {
  beforeAll(formatAbortReasonStacks);

  it("no longer keep a finished render alive through the reason's stack (the server's memory leak)", async () => {
    const { signal, render } = finishRender();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(signal.reason).toBeInstanceOf(Error);
    expect(render.deref()).toBeUndefined();
  });

  it("still abort with the reason given, formatted, and once", () => {
    const controller = new AbortController();
    let events = 0;
    controller.signal.addEventListener("abort", () => events++);
    const reason = new Error("done");
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toMatch(/^Error: done\n\s+at /);
    expect(events).toBe(1);
  });

  it("still abort without a reason, or with one that is not an Error", () => {
    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toMatchObject({ name: "AbortError" });
    const withString = new AbortController();
    withString.abort("stopped");
    expect(withString.signal.reason).toBe("stopped");
  });

  it("are wrapped once however often the workaround is installed", () => {
    const abort = AbortController.prototype.abort;
    formatAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(abort);
  });
});
