"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { changeStatusAction } from "@/lib/initiatives/actions";
import { INITIATIVE_STATUSES, type InitiativeStatus } from "@/lib/initiatives/progress";

const area = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** Change the status on the published scale; the reason is required and becomes an update. */
export function ChangeStatusForm({ id, version, status }: { id: string; version: number; status: InitiativeStatus }) {
  const t = useTranslations("initiatives");
  const errorText = useErrorText("initiatives");
  const router = useRouter();
  const [next, setNext] = useState<string>("");
  const [reason, setReason] = useState("");
  const change = useAction(changeStatusAction, {
    onSuccess: () => {
      setReason("");
      setNext("");
      router.refresh();
    },
  });
  const reasonError = errorText.field(change.result.validationErrors?.reason?._errors?.[0]);
  const statusError = errorText.field(change.result.validationErrors?.status?._errors?.[0]);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        change.execute({ id, version, status: next as InitiativeStatus, reason });
      }}
    >
      {change.result.serverError && (
        <Notice tone="error" testId="status-error">
          {errorText.server(change.result.serverError)}
        </Notice>
      )}
      <SelectField
        label={t("statusChange.newStatus")}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        placeholder={t("statusChange.choose")}
        error={statusError}
        options={INITIATIVE_STATUSES.filter((s) => s !== status).map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <label className="block text-sm font-medium text-slate-800">
        {t("statusChange.reason")}
        <textarea
          rows={2}
          className={area}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={Boolean(reasonError)}
        />
      </label>
      {reasonError && (
        <p className="text-sm text-red-700" data-testid="reason-error">
          {reasonError}
        </p>
      )}
      <Button type="submit" disabled={change.isPending}>
        {t("statusChange.submit")}
      </Button>
    </form>
  );
}
