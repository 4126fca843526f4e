"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { resetTwoFactorAction } from "@/lib/two-factor/actions";

/** On an administrator's user page: the user's two-factor status and the reset (lost phone and codes). */
export function AdminTwoFactorReset({ userId, status, enabled }: { userId: string; status: string; enabled: boolean }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const reset = useActionButton(resetTwoFactorAction, { feature: "twoFactor", onSuccess: () => router.refresh() });
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid="admin-two-factor">
      <h3 className="text-sm font-semibold">{t("adminStatus")}</h3>
      <p className="text-sm">{status}</p>
      {reset.error && <Notice tone="error">{reset.error}</Notice>}
      {reset.succeeded && <Notice tone="success">{t("adminResetDone")}</Notice>}
      {enabled && (
        <Button
          variant="danger"
          disabled={reset.isPending}
          onClick={() => {
            if (window.confirm(t("adminResetConfirm"))) reset.run({ id: userId });
          }}
        >
          {t("adminReset")}
        </Button>
      )}
    </div>
  );
}
