"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Link } from "@/lib/i18n/navigation";
import { endSessionsOfAction } from "@/lib/sessions/actions";

/**
 * On an administrator's user page: how many sessions the person has open, and signing them out of
 * all of them after a second click (a stolen laptop, a compromised account). The administrator's
 * own sessions are ended on /account instead, which keeps the one in use.
 */
export function AdminEndSessions({ userId, open, self }: { userId: string; open: number; self: boolean }) {
  const t = useTranslations("users.sessions");
  const tc = useTranslations("common");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const end = useActionButton(endSessionsOfAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="admin-sessions">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      <p className="text-sm">{t("open", { count: open })}</p>
      {self ? (
        <p className="text-sm text-slate-600">
          {t.rich("own", {
            account: (chunks) => (
              <Link href="/account" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <>
          <p className="max-w-xl text-sm text-slate-600">{t("intro")}</p>
          {end.error && <Notice tone="error">{end.error}</Notice>}
          {end.data && <Notice tone="success">{t("ended", { count: end.data.count })}</Notice>}
          <div className="flex flex-wrap gap-3">
            {open === 0 ? null : confirming ? (
              <>
                <Button variant="danger" disabled={end.isPending} onClick={() => end.run({ userId })}>
                  {t("endAllConfirm", { count: open })}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  {tc("cancel")}
                </Button>
              </>
            ) : (
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {t("endAll")}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
