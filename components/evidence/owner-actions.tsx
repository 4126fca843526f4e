"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { callAction, RequestError } from "@/lib/api/client";
import { submitEvidenceAction, withdrawEvidenceAction } from "@/lib/evidence/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";

type Props = { evidenceId: string; version: number; canEdit: boolean; canSubmit: boolean; canWithdraw: boolean };

/** The entering organization's buttons: edit, submit for verification, withdraw. */
export function OwnerActions({ evidenceId, version, canEdit, canSubmit, canWithdraw }: Props) {
  const t = useTranslations("evidence.detail");
  const errorText = useErrorText("evidence");
  const router = useRouter();
  const act = useMutation({
    mutationFn: (kind: "submit" | "withdraw") =>
      callAction(kind === "submit" ? submitEvidenceAction : withdrawEvidenceAction, { id: evidenceId, version }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="space-y-2">
      {act.error instanceof RequestError && (
        <Notice tone="error" testId="owner-error">
          {errorText.server(act.error.error)}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        {canSubmit && (
          <Button disabled={act.isPending} onClick={() => act.mutate("submit")}>
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
            disabled={act.isPending}
            onClick={() => {
              if (window.confirm(t("withdrawConfirm"))) act.mutate("withdraw");
            }}
          >
            {t("withdraw")}
          </Button>
        )}
      </div>
    </div>
  );
}
