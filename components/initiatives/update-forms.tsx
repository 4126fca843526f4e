"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { changeStatusAction } from "@/lib/initiatives/actions";
import { INITIATIVE_STATUSES, type InitiativeStatus } from "@/lib/initiatives/progress";
import { ZChangeStatus } from "@/lib/initiatives/schema";

const ZStatusFields = ZChangeStatus.pick({ status: true, reason: true });
const area = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** Change the status on the published scale; the reason is required and becomes an update. */
export function ChangeStatusForm({ id, version, status }: { id: string; version: number; status: InitiativeStatus }) {
  const t = useTranslations("initiatives");
  const router = useRouter();
  const change = useActionForm(changeStatusAction, {
    schema: ZStatusFields,
    defaultValues: { status: "" as InitiativeStatus, reason: "" },
    toInput: (values) => ({ ...values, id, version }),
    feature: "initiatives",
    onSuccess: () => {
      change.form.reset();
      router.refresh();
    },
  });
  const reasonError = change.fieldError("reason");
  return (
    <form className="space-y-3" onSubmit={change.submit} noValidate>
      <FormError message={change.formError} testId="status-error" />
      <SelectField
        label={t("statusChange.newStatus")}
        placeholder={t("statusChange.choose")}
        error={change.fieldError("status")}
        options={INITIATIVE_STATUSES.filter((s) => s !== status).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        {...change.form.register("status")}
      />
      <label className="block text-sm font-medium text-slate-800">
        {t("statusChange.reason")}
        <textarea rows={2} className={area} aria-invalid={Boolean(reasonError)} {...change.form.register("reason")} />
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
