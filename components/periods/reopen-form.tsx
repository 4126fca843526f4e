"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { reopenPeriodAction } from "@/lib/periods/actions";
import { ZReopenPeriod } from "@/lib/periods/schema";

const ZFields = ZReopenPeriod.pick({ until: true, reason: true });

/** Reopening needs a date and a reason; both go to the audit log. */
export function ReopenForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("periods");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending } = useActionForm(reopenPeriodAction, {
    schema: ZFields,
    defaultValues: { until: "", reason: "" },
    toInput: (values) => ({ ...values, id, version }),
    feature: "intake",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="reopen-form">
      <FormError message={formError} />
      <TextField type="date" label={t("reopenUntil")} error={fieldError("until")} {...form.register("until")} />
      <TextAreaField rows={2} label={t("reopenReason")} error={fieldError("reason")} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("reopenSend")}
      </Button>
    </form>
  );
}
