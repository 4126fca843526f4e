"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { issuePasswordResetAction, reissueInvitationAction, setUserActiveAction } from "@/lib/accounts/actions";

import { OneTimeLink } from "./one-time-link";

/** Deactivate / reactivate and the single-use links, for one account. */
export function AccessPanel({ userId, status }: { userId: string; status: "INVITED" | "ACTIVE" | "DISABLED" }) {
  const t = useTranslations("users");
  const errorText = useErrorText();
  const router = useRouter();
  const toggle = useAction(setUserActiveAction, { onSuccess: () => router.refresh() });
  const reset = useAction(issuePasswordResetAction);
  const reinvite = useAction(reissueInvitationAction);
  const error = toggle.result.serverError ?? reset.result.serverError ?? reinvite.result.serverError;

  return (
    <div className="space-y-4">
      {error && (
        <Notice tone="error" testId="access-error">
          {errorText.server(error)}
        </Notice>
      )}
      {toggle.hasSucceeded && (
        <Notice tone="success">{t(toggle.result.data?.status === "DISABLED" ? "deactivated" : "reactivated")}</Notice>
      )}
      {reset.result.data && <OneTimeLink link={reset.result.data.link} expiresAt={reset.result.data.expiresAt} messageKey="resetCreated" />}
      {reinvite.result.data && (
        <OneTimeLink link={reinvite.result.data.link} expiresAt={reinvite.result.data.expiresAt} messageKey="invitationCreated" />
      )}
      <div className="flex flex-wrap gap-3">
        {status === "DISABLED" ? (
          <Button variant="secondary" disabled={toggle.isPending} onClick={() => toggle.execute({ id: userId, active: true })}>
            {t("reactivate")}
          </Button>
        ) : (
          <Button
            variant="danger"
            disabled={toggle.isPending}
            onClick={() => {
              if (window.confirm(t("deactivateConfirm"))) toggle.execute({ id: userId, active: false });
            }}
          >
            {t("deactivate")}
          </Button>
        )}
        {status === "ACTIVE" && (
          <Button variant="secondary" disabled={reset.isPending} onClick={() => reset.execute({ id: userId })}>
            {t("issueReset")}
          </Button>
        )}
        {status === "INVITED" && (
          <Button variant="secondary" disabled={reinvite.isPending} onClick={() => reinvite.execute({ id: userId })}>
            {t("reissueInvitation")}
          </Button>
        )}
      </div>
    </div>
  );
}
