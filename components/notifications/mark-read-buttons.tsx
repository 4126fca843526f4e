"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { markAllNotificationsReadAction, markNotificationsReadAction } from "@/lib/notifications/actions";

import { notificationKeys } from "./use-unread-count";

function useAfterMarking() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.unread() });
    router.refresh();
  };
}

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("notifications");
  const mark = useActionButton(markNotificationsReadAction, { feature: "notifications", onSuccess: useAfterMarking() });
  return (
    <>
      <Button
        variant="ghost"
        className="px-2 py-1 text-xs"
        disabled={mark.isPending}
        aria-label={`${t("markRead")}: ${label}`}
        onClick={() => mark.run({ ids: [id] })}
      >
        {t("markRead")}
      </Button>
      {mark.error && <Notice tone="error">{mark.error}</Notice>}
    </>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const mark = useActionButton(markAllNotificationsReadAction, { feature: "notifications", onSuccess: useAfterMarking() });
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" disabled={mark.isPending} onClick={() => mark.run(undefined)} data-testid="mark-all-read">
        {t("markAllRead")}
      </Button>
      {mark.succeeded && (
        <span role="status" className="text-sm text-slate-600">
          {t("allMarked")}
        </span>
      )}
      {mark.error && <Notice tone="error">{mark.error}</Notice>}
    </div>
  );
}
