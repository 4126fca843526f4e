"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { disableTwoFactorAction } from "@/lib/two-factor/actions";
import { ZTwoFactorCode } from "@/lib/two-factor/schema";

/** A partner turns two-factor sign-in off with a current code. */
export function DisableTwoFactorForm() {
  const t = useTranslations("twoFactor");
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(disableTwoFactorAction, {
    schema: ZTwoFactorCode,
    defaultValues: { code: "" },
    feature: "twoFactor",
  });
  if (succeeded) return <Notice tone="success">{t("turnedOff")}</Notice>;
  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-600">{t("turnOffHint")}</p>
      <FormError message={formError} />
      <TextField label={t("code")} autoComplete="one-time-code" error={fieldError("code")} {...form.register("code")} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {t("turnOff")}
      </Button>
    </form>
  );
}
