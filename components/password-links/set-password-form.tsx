"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/accounts/actions";
import { ZAcceptInvitation } from "@/lib/accounts/schema";

/** Used by both single-use links: the invitation and the password reset. */
export function SetPasswordForm({ token, purpose }: { token: string; purpose: "invite" | "reset" }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const action = purpose === "invite" ? acceptInvitationAction : resetPasswordAction;
  const {
    form,
    handleSubmitWithAction,
    action: state,
  } = useHookFormAction(action, zodResolver(ZAcceptInvitation), {
    formProps: { defaultValues: { token, password: "", confirm: "" } },
    actionProps: {
      onSuccess({ data }) {
        if (data) window.location.assign(`/${data.locale}/login?reason=set&email=${encodeURIComponent(data.email)}`);
      },
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {state.result.serverError && <Notice tone="error">{errorText.server(state.result.serverError)}</Notice>}
      <input type="hidden" {...form.register("token")} />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={errorText.field(errors.password?.message)}
        {...form.register("password")}
      />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={errorText.field(errors.confirm?.message)}
        {...form.register("confirm")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting || state.isPending}>
        {t("setPassword")}
      </Button>
    </form>
  );
}
