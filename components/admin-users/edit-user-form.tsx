"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateUserAction } from "@/lib/accounts/actions";
import { ROLE_VALUES, ZUpdateUser, type TUpdateUser } from "@/lib/accounts/schema";

import type { OrgOption } from "./invite-form";

export function EditUserForm({ user, organizations }: { user: TUpdateUser; organizations: OrgOption[] }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const { form, handleSubmitWithAction, action } = useHookFormAction(updateUserAction, zodResolver(ZUpdateUser), {
    formProps: { defaultValues: { ...user, organizationId: user.organizationId ?? "" } },
    actionProps: {
      onSuccess({ data }) {
        if (data) form.setValue("version", data.version);
        router.refresh();
      },
    },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const serverError = action.result.serverError;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="max-w-xl space-y-4">
      {serverError && (
        <Notice tone="error" testId="form-error">
          {errorText.server(serverError)}
        </Notice>
      )}
      {action.hasSucceeded && <Notice tone="success">{t("common.saved")}</Notice>}
      <TextField label={t("users.name")} error={errorText.field(errors.name?.message)} {...form.register("name")} />
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
          error={errorText.field(errors.organizationId?.message)}
          {...form.register("organizationId")}
        />
      )}
      <Button type="submit" disabled={isSubmitting || action.isPending}>
        {isSubmitting || action.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
