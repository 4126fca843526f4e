"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { changePasswordAction } from "@/lib/accounts/actions";
import { ZChangePassword } from "@/lib/accounts/schema";

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale();
  const errorText = useErrorText();
  const { form, handleSubmitWithAction, action } = useHookFormAction(changePasswordAction, zodResolver(ZChangePassword), {
    formProps: { defaultValues: { currentPassword: "", newPassword: "", confirm: "" } },
    // The change ends every session, this one included: sign in again with the new password.
    actionProps: { onSuccess: () => signOut({ callbackUrl: `/${locale}/login?reason=password` }) },
  });
  const { errors } = form.formState;
  const serverError = action.result.serverError;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="max-w-md space-y-4">
      {serverError && !serverError.field && <Notice tone="error">{errorText.server(serverError)}</Notice>}
      <TextField
        label={t("account.currentPassword")}
        type="password"
        autoComplete="current-password"
        error={
          errorText.field(errors.currentPassword?.message) ??
          (serverError?.field === "currentPassword" ? errorText.server(serverError) : undefined)
        }
        {...form.register("currentPassword")}
      />
      <TextField
        label={t("auth.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        error={errorText.field(errors.newPassword?.message)}
        {...form.register("newPassword")}
      />
      <TextField
        label={t("auth.confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={errorText.field(errors.confirm?.message)}
        {...form.register("confirm")}
      />
      <Button type="submit" disabled={action.isPending}>
        {t("account.changePassword")}
      </Button>
    </form>
  );
}
