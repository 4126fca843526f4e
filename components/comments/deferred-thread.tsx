"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType } from "react";

import { Button } from "@/components/ui/button";
import { getJson } from "@/lib/api/client";
import type { TTarget } from "@/lib/comments/schema";

import type { ThreadData } from "./thread";
import type { Viewer } from "./use-thread-cache";

type Thread = ComponentType<{ target: TTarget; viewer: Viewer; initial: ThreadData }>;
type Loaded = { Thread: Thread; initial: ThreadData };

/** How far below the screen the discussion starts loading, so it is there when the reader arrives. */
const AHEAD = "600px 0px";

/**
 * Fetches the thread and its code side by side. Only types come from the comment modules at the
 * top of this file: their code (schemas, the Markdown renderer, the forms) is the chunk that
 * `import()` fetches here, so it reaches only the readers who scroll this far.
 */
async function load(target: TTarget): Promise<Loaded> {
  const [module, initial] = await Promise.all([
    import("./comment-thread"),
    getJson<ThreadData>(`/api/comments?${new URLSearchParams({ target: `${target.type}:${target.id}` })}`),
  ]);
  return { Thread: module.CommentThread, initial };
}

/**
 * The discussion at the end of a long page, loaded when the reader scrolls near it (or arrives
 * through a link to a comment) instead of with the page: most visits never reach it, and the
 * page then carries neither the comments nor the code that shows them.
 */
export function DeferredThread({ target, viewer }: { target: TTarget; viewer: Viewer }) {
  const t = useTranslations("boundaries");
  const box = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ loaded?: Loaded; failed?: boolean }>({});

  useEffect(() => {
    if (/^#(discussion|comment-)/.test(window.location.hash)) return setWanted(true);
    const node = box.current;
    if (!node || typeof IntersectionObserver === "undefined") return setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), {
      rootMargin: AHEAD,
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const { type, id } = target;
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    load({ type, id }).then(
      (loaded) => current && setState({ loaded }),
      () => current && setState({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [wanted, attempt, type, id]);

  // A link to one comment: scroll to it once it exists (the browser could not, it was not there yet).
  const ready = !!state.loaded;
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const frame = requestAnimationFrame(() => document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView());
    return () => cancelAnimationFrame(frame);
  }, [ready]);

  if (state.loaded) {
    const { Thread, initial } = state.loaded;
    return <Thread target={target} viewer={viewer} initial={initial} />;
  }
  return (
    <div ref={box} data-testid="deferred-thread">
      {state.failed ? (
        <div role="alert" className="flex items-center gap-3 text-sm text-red-800">
          {t("sectionFailed")}
          <Button
            variant="secondary"
            onClick={() => {
              setState({});
              setAttempt((n) => n + 1);
            }}
          >
            {t("retry")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500" aria-busy="true">
          {t("sectionLoading")}
        </p>
      )}
    </div>
  );
}
