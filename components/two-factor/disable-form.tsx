"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { disableTwoFactorAction } from "@/lib/two-factor/actions";
import { ZTwoFactorCode } from "@/lib/two-factor/schema";

/** A partner turns two-factor sign-in off with a current code. */
export function DisableTwoFactorForm() {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText("twoFactor");
  const { form, handleSubmitWithAction, action } = useHookFormAction(disableTwoFactorAction, zodResolver(ZTwoFactorCode), {
    formProps: { defaultValues: { code: "" } },
  });
  if (action.hasSucceeded) return <Notice tone="success">{t("turnedOff")}</Notice>;
  const serverError = action.result.serverError;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-600">{t("turnOffHint")}</p>
      {serverError && <Notice tone="error">{errorText.server(serverError)}</Notice>}
      <TextField
        label={t("code")}
        autoComplete="one-time-code"
        error={errorText.field(form.formState.errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" variant="danger" disabled={action.isPending}>
        {t("turnOff")}
      </Button>
    </form>
  );
}
