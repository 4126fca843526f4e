"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/accounts/actions";
import { ZAcceptInvitation } from "@/lib/accounts/schema";

/** Used by both single-use links: the invitation and the password reset. */
export function SetPasswordForm({ token, purpose }: { token: string; purpose: "invite" | "reset" }) {
  const t = useTranslations("auth");
  const { form, submit, fieldError, formError, isPending } = useActionForm(
    purpose === "invite" ? acceptInvitationAction : resetPasswordAction,
    {
      schema: ZAcceptInvitation,
      defaultValues: { token, password: "", confirm: "" },
      onSuccess: (data) => window.location.assign(`/${data.locale}/login?reason=set&email=${encodeURIComponent(data.email)}`),
    },
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormError message={formError} />
      <input type="hidden" {...form.register("token")} />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={fieldError("password")}
        {...form.register("password")}
      />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={fieldError("confirm")}
        {...form.register("confirm")}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {t("setPassword")}
      </Button>
    </form>
  );
}
