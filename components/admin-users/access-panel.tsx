"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { latestError, useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { issuePasswordResetAction, reissueInvitationAction, setUserActiveAction } from "@/lib/accounts/actions";

import { OneTimeLink } from "./one-time-link";

/** Deactivate / reactivate and the single-use links, for one account. */
export function AccessPanel({ userId, status }: { userId: string; status: "INVITED" | "ACTIVE" | "DISABLED" }) {
  const t = useTranslations("users");
  const router = useRouter();
  const toggle = useActionButton(setUserActiveAction, { onSuccess: () => router.refresh() });
  const reset = useActionButton(issuePasswordResetAction);
  const reinvite = useActionButton(reissueInvitationAction);
  const error = latestError(toggle, reset, reinvite);

  return (
    <div className="space-y-4">
      {error && (
        <Notice tone="error" testId="access-error">
          {error}
        </Notice>
      )}
      {toggle.succeeded && <Notice tone="success">{t(toggle.data?.status === "DISABLED" ? "deactivated" : "reactivated")}</Notice>}
      {reset.data && <OneTimeLink link={reset.data.link} expiresAt={reset.data.expiresAt} messageKey="resetCreated" />}
      {reinvite.data && <OneTimeLink link={reinvite.data.link} expiresAt={reinvite.data.expiresAt} messageKey="invitationCreated" />}
      <div className="flex flex-wrap gap-3">
        {status === "DISABLED" ? (
          <Button variant="secondary" disabled={toggle.isPending} onClick={() => toggle.run({ id: userId, active: true })}>
            {t("reactivate")}
          </Button>
        ) : (
          <Button
            variant="danger"
            disabled={toggle.isPending}
            onClick={() => {
              if (window.confirm(t("deactivateConfirm"))) toggle.run({ id: userId, active: false });
            }}
          >
            {t("deactivate")}
          </Button>
        )}
        {status === "ACTIVE" && (
          <Button variant="secondary" disabled={reset.isPending} onClick={() => reset.run({ id: userId })}>
            {t("issueReset")}
          </Button>
        )}
        {status === "INVITED" && (
          <Button variant="secondary" disabled={reinvite.isPending} onClick={() => reinvite.run({ id: userId })}>
            {t("reissueInvitation")}
          </Button>
        )}
      </div>
    </div>
  );
}
