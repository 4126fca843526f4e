"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateUserAction } from "@/lib/accounts/actions";
import { ROLE_VALUES, ZUpdateUser, type TUpdateUser } from "@/lib/accounts/schema";

import type { OrgOption } from "./invite-form";

export function EditUserForm({ user, organizations }: { user: TUpdateUser; organizations: OrgOption[] }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(updateUserAction, {
    schema: ZUpdateUser,
    defaultValues: { ...user, organizationId: user.organizationId ?? "" },
    onSuccess: (data) => {
      form.setValue("version", data.version);
      router.refresh();
    },
  });
  const role = form.watch("role");
  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <FormError message={formError} />
      {succeeded && <Notice tone="success">{t("common.saved")}</Notice>}
      <TextField label={t("users.name")} error={fieldError("name")} {...form.register("name")} />
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
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
