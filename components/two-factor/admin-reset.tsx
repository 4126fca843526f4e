"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { resetTwoFactorAction } from "@/lib/two-factor/actions";

/** On an administrator's user page: the user's two-factor status and the reset (lost phone and codes). */
export function AdminTwoFactorReset({ userId, status, enabled }: { userId: string; status: string; enabled: boolean }) {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText("twoFactor");
  const router = useRouter();
  const reset = useAction(resetTwoFactorAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="admin-two-factor">
      <h3 className="text-sm font-semibold">{t("adminStatus")}</h3>
      <p className="text-sm">{status}</p>
      {reset.result.serverError && <Notice tone="error">{errorText.server(reset.result.serverError)}</Notice>}
      {reset.hasSucceeded && <Notice tone="success">{t("adminResetDone")}</Notice>}
      {enabled && (
        <Button
          variant="danger"
          disabled={reset.isPending}
          onClick={() => {
            if (window.confirm(t("adminResetConfirm"))) reset.execute({ id: userId });
          }}
        >
          {t("adminReset")}
        </Button>
      )}
    </div>
  );
}
