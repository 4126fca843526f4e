"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { Button } from "./button";

type Result = { data?: ReactNode; serverError?: unknown; validationErrors?: unknown } | undefined;

/** How far below the screen a section starts loading, so it is there when the reader arrives. */
const AHEAD = "800px 0px";

/**
 * A part of a long page that the server renders when the reader scrolls near it (or arrives
 * through a link to it) instead of with the page: `action` is a server action that checks the
 * reader's permission and returns the section's server-rendered content for `input`. The page
 * itself then carries neither its markup nor its payload; a new `input` (another page of a
 * table) loads again at once. `placeholder` keeps the space the content will take.
 */
export function DeferredSection<I>({
  action,
  input,
  placeholder,
  testId,
  eager = false,
}: {
  action: (input: I) => Promise<Result>;
  input: I;
  placeholder: ReactNode;
  testId?: string;
  /** Load right after the page arrives, wherever the section is (kept out of the first frame only). */
  eager?: boolean;
}) {
  const t = useTranslations("boundaries");
  const box = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(input);
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState<{ key: string; node: ReactNode } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const node = box.current;
    if (eager || !node || typeof IntersectionObserver === "undefined") return setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), {
      rootMargin: AHEAD,
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [eager]);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    action(JSON.parse(key) as I).then(
      (result) => {
        if (!current) return;
        if (result?.data !== undefined) setLoaded({ key, node: result.data });
        else setFailed(key);
      },
      () => current && setFailed(key),
    );
    return () => {
      current = false;
    };
  }, [wanted, key, attempt, action]);

  // A section may load as nothing (e.g. no rank before the first score): it then takes no space.
  const done = loaded?.key === key;
  return (
    <div ref={box} data-testid={testId} aria-busy={done ? undefined : true} className="empty:hidden">
      {done ? (
        loaded.node
      ) : failed === key ? (
        <div role="alert" className="flex items-center gap-3 text-sm text-red-800">
          {t("sectionFailed")}
          <Button
            variant="secondary"
            onClick={() => {
              setFailed(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t("retry")}
          </Button>
        </div>
      ) : (
        <>
          <span className="sr-only">{t("sectionLoading")}</span>
          {placeholder}
        </>
      )}
    </div>
  );
}
