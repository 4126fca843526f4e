"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { revokePersonalTokensOfAction } from "@/lib/api-tokens/actions";
import { Link } from "@/lib/i18n/navigation";

/**
 * On an administrator's user page: how many personal API tokens of the person still work, and
 * revoking all of them after a second click (a compromised account), as AdminEndSessions does for
 * sessions. The administrator's own tokens are revoked on /account instead.
 */
export function AdminRevokeTokens({ userId, active, self }: { userId: string; active: number; self: boolean }) {
  const t = useTranslations("users.tokens");
  const tc = useTranslations("common");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const revoke = useActionButton(revokePersonalTokensOfAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="admin-tokens">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      <p className="text-sm">{t("active", { count: active })}</p>
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
          {revoke.error && <Notice tone="error">{revoke.error}</Notice>}
          {revoke.data && <Notice tone="success">{t("revoked", { count: revoke.data.count })}</Notice>}
          <div className="flex flex-wrap gap-3">
            {active === 0 ? null : confirming ? (
              <>
                <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.run({ userId })}>
                  {t("revokeAllConfirm", { count: active })}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  {tc("cancel")}
                </Button>
              </>
            ) : (
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {t("revokeAll")}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
