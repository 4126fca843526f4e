"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/accounts/actions";
import { ZChangePassword } from "@/lib/accounts/schema";

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale();
  const { form, submit, fieldError, formError, isPending } = useActionForm(changePasswordAction, {
    schema: ZChangePassword,
    defaultValues: { currentPassword: "", newPassword: "", confirm: "" },
    // The change ends every session, this one included: sign in again with the new password.
    onSuccess: () => void signOut({ callbackUrl: `/${locale}/login?reason=password` }),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4">
      <FormError message={formError} />
      <TextField
        label={t("account.currentPassword")}
        type="password"
        autoComplete="current-password"
        error={fieldError("currentPassword")}
        {...form.register("currentPassword")}
      />
      <TextField
        label={t("auth.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        error={fieldError("newPassword")}
        {...form.register("newPassword")}
      />
      <TextField
        label={t("auth.confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={fieldError("confirm")}
        {...form.register("confirm")}
      />
      <Button type="submit" disabled={isPending}>
        {t("account.changePassword")}
      </Button>
    </form>
  );
}
