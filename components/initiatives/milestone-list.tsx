"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { latestError, useActionButton } from "@/components/forms/use-action-button";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { deleteMilestoneAction, moveMilestoneAction, setMilestoneDoneAction } from "@/lib/initiatives/actions";

import { MilestoneControls } from "./milestone-controls";

export type MilestoneRow = {
  id: string;
  version: number;
  title: string;
  dueDate: string;
  weight: number;
  completedAt: string | null;
  overdue: boolean;
};

/**
 * Milestones in the organizers' order, with a tick box for those who may contribute; overdue
 * ones are flagged. Organizers move them with buttons (keyboard-usable, no dragging) and delete
 * them after confirming.
 */
export function MilestoneList({
  milestones,
  canTick,
  canManage = false,
}: {
  milestones: MilestoneRow[];
  canTick: boolean;
  canManage?: boolean;
}) {
  const t = useTranslations("initiatives");
  const format = useFormatter();
  const router = useRouter();
  // Shown at once; a refused tick falls back to what the server holds.
  const [local, setLocal] = useState<Record<string, boolean>>({});
  const refresh = { feature: "initiatives" as const, onSuccess: () => router.refresh() };
  const tick = useActionButton(setMilestoneDoneAction, { ...refresh, onError: () => setLocal({}) });
  const moved = useRef<{ id: string; direction: "up" | "down"; order: string } | null>(null);
  const move = useActionButton(moveMilestoneAction, { ...refresh, onError: () => (moved.current = null) });
  const remove = useActionButton(deleteMilestoneAction, refresh);
  const busy = tick.isPending || move.isPending || remove.isPending;
  // Keyboard users keep their place: after a move, focus returns to the moved milestone's
  // button (or its other arrow, when it reached the top or bottom).
  const order = milestones.map((m) => m.id).join();
  useEffect(() => {
    // Wait for the refreshed list: the old order still shows until the server's arrives.
    if (!moved.current || moved.current.order === order) return;
    const { id, direction } = moved.current;
    const other = direction === "up" ? "down" : "up";
    const button = [direction, other]
      .map((d) => document.querySelector<HTMLButtonElement>(`button[data-move="${id}:${d}"]`))
      .find((b) => b && !b.disabled);
    if (button) {
      button.focus();
      moved.current = null;
    }
  }, [order, busy]);
  const error = latestError(tick, move, remove);
  if (milestones.length === 0) return <p className="text-sm text-slate-600">{t("milestone.none")}</p>;
  return (
    <>
      {error && (
        <Notice tone="error" testId="milestone-error">
          {error}
        </Notice>
      )}
      {remove.succeeded && (
        <Notice tone="success" testId="milestone-deleted">
          {t("milestone.deletedNotice")}
        </Notice>
      )}
      {move.succeeded && !remove.succeeded && (
        <Notice tone="success" testId="milestone-moved">
          {t("milestone.moved")}
        </Notice>
      )}
      <ol className="divide-y divide-slate-100">
        {milestones.map((m, index) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="milestone">
            <label className="flex flex-1 items-center gap-2">
              <input
                type="checkbox"
                checked={local[m.id] ?? m.completedAt !== null}
                disabled={!canTick || busy}
                onChange={(e) => {
                  setLocal((prev) => ({ ...prev, [m.id]: e.target.checked }));
                  tick.run({ milestoneId: m.id, done: e.target.checked });
                }}
              />
              <span className={m.completedAt ? "text-slate-500 line-through" : ""}>{m.title}</span>
            </label>
            <span className="text-slate-600">
              {t("milestone.due", { date: format.dateTime(new Date(m.dueDate), { dateStyle: "medium", timeZone: "UTC" }) })}
            </span>
            <span className="text-xs text-slate-500">{t("milestone.weightValue", { weight: m.weight })}</span>
            {m.completedAt && <Badge tone="green">{t("milestone.met")}</Badge>}
            {m.overdue && <Badge tone="red">{t("milestone.overdue")}</Badge>}
            {canManage && (
              <MilestoneControls
                milestone={m}
                first={index === 0}
                last={index === milestones.length - 1}
                disabled={busy}
                onMove={(direction) => {
                  moved.current = { id: m.id, direction, order };
                  move.run({ milestoneId: m.id, version: m.version, direction });
                }}
                onDelete={() => remove.run({ milestoneId: m.id, version: m.version })}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
