"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { regenerateRecoveryCodesAction } from "@/lib/two-factor/actions";
import { ZTwoFactorCode } from "@/lib/two-factor/schema";

import { RecoveryCodes } from "./recovery-codes";

/** New recovery codes on their own, with a current code from the app; the old ones stop working. */
export function NewRecoveryCodesForm() {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, data, reset } = useActionForm(regenerateRecoveryCodesAction, {
    schema: ZTwoFactorCode,
    defaultValues: { code: "" },
    feature: "twoFactor",
  });
  if (data) {
    return (
      <RecoveryCodes
        codes={data.recoveryCodes}
        notice={t("newRecoveryCodesDone")}
        onDone={() => {
          reset();
          router.refresh();
        }}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-slate-200 pt-4" data-testid="new-recovery-codes">
      <p className="text-sm text-slate-600">{t("newRecoveryCodesHint")}</p>
      <FormError message={formError} />
      <TextField
        label={t("appCode")}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={fieldError("code")}
        {...form.register("code")}
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("newRecoveryCodes")}
      </Button>
    </form>
  );
}
