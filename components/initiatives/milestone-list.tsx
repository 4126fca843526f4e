"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { setMilestoneDoneAction } from "@/lib/initiatives/actions";
import { useRouter } from "@/lib/i18n/navigation";

export type MilestoneRow = { id: string; title: string; dueDate: string; weight: number; completedAt: string | null; overdue: boolean };

/** Milestones with a tick box for those who may contribute; overdue ones are flagged. */
export function MilestoneList({ milestones, canTick }: { milestones: MilestoneRow[]; canTick: boolean }) {
  const t = useTranslations("initiatives");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  // Shown at once; a refused tick falls back to what the server holds.
  const [local, setLocal] = useState<Record<string, boolean>>({});
  const tick = useAction(setMilestoneDoneAction, { onSuccess: () => router.refresh(), onError: () => setLocal({}) });
  if (milestones.length === 0) return <p className="text-sm text-slate-600">{t("milestone.none")}</p>;
  return (
    <>
      {tick.result.serverError && <Notice tone="error" testId="milestone-error">{errorText.server(tick.result.serverError)}</Notice>}
      <ul className="divide-y divide-slate-100">
        {milestones.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="milestone">
            <label className="flex flex-1 items-center gap-2">
              <input
                type="checkbox"
                checked={local[m.id] ?? m.completedAt !== null}
                disabled={!canTick || tick.isPending}
                onChange={(e) => {
                  setLocal((prev) => ({ ...prev, [m.id]: e.target.checked }));
                  tick.execute({ milestoneId: m.id, done: e.target.checked });
                }}
              />
              <span className={m.completedAt ? "text-slate-500 line-through" : ""}>{m.title}</span>
            </label>
            <span className="text-slate-600">{t("milestone.due", { date: format.dateTime(new Date(m.dueDate), { dateStyle: "medium", timeZone: "UTC" }) })}</span>
            <span className="text-xs text-slate-500">{t("milestone.weightValue", { weight: m.weight })}</span>
            {m.completedAt && <Badge tone="green">{t("milestone.met")}</Badge>}
            {m.overdue && <Badge tone="red">{t("milestone.overdue")}</Badge>}
          </li>
        ))}
      </ul>
    </>
  );
}
