"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";

import type { MilestoneRow } from "./milestone-list";

const small = "!px-2 !py-0.5 text-xs";

/** Up, down and delete (with an inline confirmation that says what deleting does) for one milestone. */
export function MilestoneControls({
  milestone,
  first,
  last,
  disabled,
  onMove,
  onDelete,
}: {
  milestone: MilestoneRow;
  first: boolean;
  last: boolean;
  disabled: boolean;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
}) {
  const t = useTranslations("initiatives.milestone");
  const [confirming, setConfirming] = useState(false);
  const title = milestone.title;
  if (confirming) {
    return (
      <div
        role="group"
        aria-label={t("deleteLabel", { title })}
        className="flex w-full flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2"
        data-testid="milestone-confirm"
      >
        <span className="flex-1 text-red-900">
          {milestone.completedAt ? t("confirmDeleteMet", { title }) : t("confirmDelete", { title })}
        </span>
        <Button
          variant="danger"
          className={small}
          disabled={disabled}
          onClick={() => {
            setConfirming(false);
            onDelete();
          }}
        >
          {t("confirm")}
        </Button>
        <Button variant="secondary" className={small} onClick={() => setConfirming(false)} autoFocus>
          {t("cancel")}
        </Button>
      </div>
    );
  }
  return (
    <span className="flex items-center gap-1">
      <Button
        variant="ghost"
        className={small}
        disabled={disabled || first}
        aria-label={t("moveUp", { title })}
        data-move={`${milestone.id}:up`}
        onClick={() => onMove("up")}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        variant="ghost"
        className={small}
        disabled={disabled || last}
        aria-label={t("moveDown", { title })}
        data-move={`${milestone.id}:down`}
        onClick={() => onMove("down")}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button
        variant="ghost"
        className={`${small} text-red-700`}
        disabled={disabled}
        aria-label={t("deleteLabel", { title })}
        onClick={() => setConfirming(true)}
      >
        {t("delete")}
      </Button>
    </span>
  );
}
