"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { inviteUserAction } from "@/lib/accounts/actions";
import { ROLE_VALUES, ZInviteUser } from "@/lib/accounts/schema";
import { locales } from "@/lib/i18n/routing";

import { OneTimeLink } from "./one-time-link";

export type OrgOption = { value: string; label: string };

export function InviteForm({ organizations, defaultLocale }: { organizations: OrgOption[]; defaultLocale: string }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, handleSubmitWithAction, action, resetFormAndAction } = useHookFormAction(inviteUserAction, zodResolver(ZInviteUser), {
    formProps: { defaultValues: { email: "", name: "", role: "PARTNER", organizationId: "", locale: defaultLocale as "en" } },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const created = action.result.data;

  if (created) {
    return (
      <div className="space-y-4">
        <OneTimeLink link={created.link} expiresAt={created.expiresAt} messageKey="invitationCreated" />
        <Button variant="secondary" onClick={() => resetFormAndAction()}>
          {t("users.invite")}
        </Button>
      </div>
    );
  }
  const serverError = action.result.serverError;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="max-w-xl space-y-4">
      {serverError && !serverError.field && <Notice tone="error">{errorText.server(serverError)}</Notice>}
      <TextField
        label={t("users.email")}
        type="email"
        autoComplete="off"
        error={errorText.field(errors.email?.message) ?? (serverError?.field === "email" ? errorText.server(serverError) : undefined)}
        {...form.register("email")}
      />
      <TextField label={t("users.name")} autoComplete="off" error={errorText.field(errors.name?.message)} {...form.register("name")} />
      <SelectField
        label={t("users.role")}
        options={ROLE_VALUES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={errorText.field(errors.role?.message)}
        {...form.register("role")}
      />
      {role === "PARTNER" && (
        <SelectField
          label={t("users.organization")}
          hint={t("users.organizationHint")}
          placeholder={t("users.chooseOrganization")}
          options={organizations}
          error={
            errorText.field(errors.organizationId?.message) ??
            (serverError?.field === "organizationId" ? errorText.server(serverError) : undefined)
          }
          {...form.register("organizationId")}
        />
      )}
      <SelectField
        label={t("users.locale")}
        options={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        error={errorText.field(errors.locale?.message)}
        {...form.register("locale")}
      />
      <Button type="submit" disabled={isSubmitting || action.isPending}>
        {t("users.sendInvitation")}
      </Button>
    </form>
  );
}
