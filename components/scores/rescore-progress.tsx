"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { Notice } from "@/components/ui/notice";
import { getJson } from "@/lib/api/client";
import type { RescoreProgress as Progress } from "@/lib/scores/rescore";
import { RESCORE_FINISHED_STATES, RESCORE_INTERRUPTED, RESCORE_STALL_MINUTES } from "@/lib/scores/rescore-state";

import { RestartRescoreButton } from "./restart-rescore-button";

const FINISHED = new Set(RESCORE_FINISHED_STATES);

/** Polls the re-score job until it finishes and shows its progress. */
export function RescoreProgress({ initial }: { initial: Progress }) {
  const t = useTranslations("scores.job");
  const { data } = useQuery({
    queryKey: ["rescore-job", initial.id],
    queryFn: ({ signal }) => getJson<Progress>(`/api/scoring/jobs/${initial.id}`, signal),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : 1000),
  });
  const job = data ?? initial;
  const percent = job.total === 0 ? (job.status === "DONE" ? 100 : 0) : Math.round((job.done / job.total) * 100);
  const shown = job.status === "DONE" ? 100 : percent;
  const interrupted = job.status === "FAILED" && job.error === RESCORE_INTERRUPTED;
  return (
    <section aria-labelledby="rescore-title" className="space-y-2" data-testid="rescore-progress">
      <h2 id="rescore-title" className="text-base font-semibold text-slate-900">
        {t("title", { version: job.modelVersion })}
      </h2>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={`${shown}%`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-700 transition-all" style={{ width: `${shown}%` }} />
      </div>
      <p className="text-sm text-slate-700">
        <span data-testid="rescore-percent">{shown}%</span> · {t("progress", { done: job.done, total: job.total })} ·{" "}
        <span data-testid="rescore-status">{interrupted ? t("interruptedState") : t(`states.${job.status}`)}</span>
      </p>
      {job.status === "DONE" && <Notice tone="success">{t("done", { version: job.modelVersion })}</Notice>}
      {job.status === "FAILED" && (
        <>
          <Notice tone="error">
            {interrupted ? t("interrupted", { minutes: RESCORE_STALL_MINUTES }) : t("failed", { error: job.error ?? "" })}
          </Notice>
          <RestartRescoreButton />
        </>
      )}
    </section>
  );
}
