import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { RescoreProgress } from "@/components/scores/rescore-progress";
import { messagesByLocale } from "@/lib/i18n/messages";
import type { RescoreProgress as Progress } from "@/lib/scores/rescore";
import { RESCORE_INTERRUPTED } from "@/lib/scores/rescore-state";

// The restart button's server action and router need a running Next app; rendering needs neither.
vi.mock("@/lib/scores/actions", () => ({ restartRescoreAction: vi.fn() }));
vi.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

function render(job: Progress, locale: "en" | "zh" | "ru" = "en") {
  const progress = createElement(RescoreProgress, { initial: job });
  const query = createElement(QueryClientProvider, { client: new QueryClient(), children: progress });
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, timeZone: "UTC", messages: messagesByLocale[locale], children: query }),
  );
}

const job = (over: Partial<Progress>): Progress => ({
  id: "j1",
  modelVersion: 2,
  status: "RUNNING",
  total: 4,
  done: 1,
  error: null,
  ...over,
});
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("re-score progress", () => {
  it("shows an interrupted job as interrupted, says why, and offers a new re-score", () => {
    const html = render(job({ status: "FAILED", error: RESCORE_INTERRUPTED }));
    const en = messagesByLocale.en as unknown as { scores: { job: Record<string, string> } };
    expect(text(html)).toContain(en.scores.job.interruptedState);
    expect(text(html)).toContain("No progress for 10 minutes");
    expect(html).toContain('data-testid="rescore-restart"');
    expect(text(html)).toContain(en.scores.job.restart);
  });

  it("translates the interruption in Russian with the right plural", () => {
    expect(text(render(job({ status: "FAILED", error: RESCORE_INTERRUPTED }), "ru"))).toContain("в течение 10 минут:");
  });

  it("offers no restart while a job is running", () => {
    const html = render(job({ status: "RUNNING" }));
    expect(html).not.toContain('data-testid="rescore-restart"');
    expect(text(html)).toContain("25%");
  });
});
