"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/organizations/actions";
import { COUNTRIES, ORGANIZATION_TYPES, ZOrganizationFields, type TOrganizationFields } from "@/lib/organizations/schema";

type Existing = TOrganizationFields & { id: string; version: number };

/** Create (no `existing`) or edit an organization; the edit carries the version it loaded. */
export function OrganizationForm({ existing }: { existing?: Existing }) {
  const t = useTranslations();
  const router = useRouter();
  const [version, setVersion] = useState(existing?.version ?? 0);
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(
    existing ? updateOrganizationAction : createOrganizationAction,
    {
      schema: ZOrganizationFields,
      defaultValues: existing ?? { nameEn: "", nameZh: "", nameRu: "", cityEn: "", cityZh: "", cityRu: "" },
      toInput: (values) => (existing ? { ...values, id: existing.id, version } : values),
      onSuccess: (data) => {
        if (!existing) return router.push(`/admin/organizations/${data.id}?created=1`);
        if ("version" in data && typeof data.version === "number") setVersion(data.version);
        router.refresh();
      },
    },
  );
  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <FormError message={formError} />
      {existing && succeeded && <Notice tone="success">{t("common.saved")}</Notice>}
      <TextField label={t("organizations.nameEn")} lang="en" error={fieldError("nameEn")} {...form.register("nameEn")} />
      <TextField label={t("organizations.nameZh")} lang="zh-Hans" error={fieldError("nameZh")} {...form.register("nameZh")} />
      <TextField label={t("organizations.nameRu")} lang="ru" error={fieldError("nameRu")} {...form.register("nameRu")} />
      <SelectField
        label={t("organizations.country")}
        placeholder={t("organizations.chooseCountry")}
        options={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
        error={fieldError("country")}
        {...form.register("country")}
      />
      <SelectField
        label={t("organizations.type")}
        placeholder={t("organizations.chooseType")}
        options={ORGANIZATION_TYPES.map((c) => ({ value: c, label: t(`orgTypes.${c}`) }))}
        error={fieldError("type")}
        {...form.register("type")}
      />
      <TextField label={t("organizations.cityEn")} lang="en" error={fieldError("cityEn")} {...form.register("cityEn")} />
      <TextField label={t("organizations.cityZh")} lang="zh-Hans" error={fieldError("cityZh")} {...form.register("cityZh")} />
      <TextField label={t("organizations.cityRu")} lang="ru" error={fieldError("cityRu")} {...form.register("cityRu")} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
