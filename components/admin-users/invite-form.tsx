"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
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
  const {
    form,
    submit,
    fieldError,
    formError,
    isPending,
    data: created,
    reset,
  } = useActionForm(inviteUserAction, {
    schema: ZInviteUser,
    defaultValues: { email: "", name: "", role: "PARTNER", organizationId: "", locale: defaultLocale as "en" },
  });
  const role = form.watch("role");

  if (created) {
    return (
      <div className="space-y-4">
        <Notice tone="success" testId="invitation-mailed">
          {t("invitations.sent", { email: form.getValues("email") })}
        </Notice>
        <OneTimeLink link={created.link} expiresAt={created.expiresAt} messageKey="invitationCreated" />
        <Button variant="secondary" onClick={reset}>
          {t("users.invite")}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <FormError message={formError} />
      <TextField label={t("users.email")} type="email" autoComplete="off" error={fieldError("email")} {...form.register("email")} />
      <TextField label={t("users.name")} autoComplete="off" error={fieldError("name")} {...form.register("name")} />
      <SelectField
        label={t("users.role")}
        options={ROLE_VALUES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={fieldError("role")}
        {...form.register("role")}
      />
      {role === "PARTNER" && (
        <SelectField
          label={t("users.organization")}
          hint={t("users.organizationHint")}
          placeholder={t("users.chooseOrganization")}
          options={organizations}
          error={fieldError("organizationId")}
          {...form.register("organizationId")}
        />
      )}
      <SelectField
        label={t("users.locale")}
        options={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        error={fieldError("locale")}
        {...form.register("locale")}
      />
      <Button type="submit" disabled={isPending}>
        {t("users.sendInvitation")}
      </Button>
    </form>
  );
}
