"use client";

import { useTranslations } from "next-intl";

import { latestError, useActionButton } from "@/components/forms/use-action-button";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { submitEvidenceAction, withdrawEvidenceAction } from "@/lib/evidence/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";

type Props = { evidenceId: string; version: number; canEdit: boolean; canSubmit: boolean; canWithdraw: boolean };

/** The entering organization's buttons: edit, submit for verification, withdraw. */
export function OwnerActions({ evidenceId, version, canEdit, canSubmit, canWithdraw }: Props) {
  const t = useTranslations("evidence.detail");
  const router = useRouter();
  const options = { feature: "evidence" as const, onSuccess: () => router.refresh() };
  const submit = useActionButton(submitEvidenceAction, options);
  const withdraw = useActionButton(withdrawEvidenceAction, options);
  const busy = submit.isPending || withdraw.isPending;
  const error = latestError(submit, withdraw);
  return (
    <div className="space-y-2">
      {error && (
        <Notice tone="error" testId="owner-error">
          {error}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        {canSubmit && (
          <Button disabled={busy} onClick={() => submit.run({ id: evidenceId, version })}>
            {t("submit")}
          </Button>
        )}
        {canEdit && (
          <Link href={`/evidence/${evidenceId}/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        )}
        {canWithdraw && (
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t("withdrawConfirm"))) withdraw.run({ id: evidenceId, version });
            }}
          >
            {t("withdraw")}
          </Button>
        )}
      </div>
    </div>
  );
}
