"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
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
  const errorText = useErrorText("notifications");
  const { execute, isPending, result } = useAction(markNotificationsReadAction, { onSuccess: useAfterMarking() });
  return (
    <>
      <Button
        variant="ghost"
        className="px-2 py-1 text-xs"
        disabled={isPending}
        aria-label={`${t("markRead")}: ${label}`}
        onClick={() => execute({ ids: [id] })}
      >
        {t("markRead")}
      </Button>
      {result.serverError && <Notice tone="error">{errorText.server(result.serverError)}</Notice>}
    </>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const errorText = useErrorText("notifications");
  const { execute, isPending, result, hasSucceeded } = useAction(markAllNotificationsReadAction, { onSuccess: useAfterMarking() });
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" disabled={isPending} onClick={() => execute()} data-testid="mark-all-read">
        {t("markAllRead")}
      </Button>
      {hasSucceeded && (
        <span role="status" className="text-sm text-slate-600">
          {t("allMarked")}
        </span>
      )}
      {result.serverError && <Notice tone="error">{errorText.server(result.serverError)}</Notice>}
    </div>
  );
}
