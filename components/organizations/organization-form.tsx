"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { useErrorText } from "@/components/forms/use-error-text";
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
  const errorText = useErrorText();
  const router = useRouter();
  const [version, setVersion] = useState(existing?.version ?? 0);
  const form = useForm<z.input<typeof ZOrganizationFields>, unknown, TOrganizationFields>({
    resolver: zodResolver(ZOrganizationFields),
    defaultValues: existing ?? { nameEn: "", nameZh: "", nameRu: "", cityEn: "", cityZh: "", cityRu: "" },
  });
  const create = useAction(createOrganizationAction, {
    onSuccess: ({ data }) => data && router.push(`/admin/organizations/${data.id}?created=1`),
  });
  const update = useAction(updateOrganizationAction, {
    onSuccess: ({ data }) => {
      if (data) setVersion(data.version);
      router.refresh();
    },
  });
  const action = existing ? update : create;
  const onSubmit = form.handleSubmit((values) =>
    existing ? update.execute({ ...values, id: existing.id, version }) : create.execute(values),
  );

  const { errors } = form.formState;
  const serverError = action.result.serverError;
  const fieldError = (name: keyof TOrganizationFields) =>
    errorText.field(errors[name]?.message ?? action.result.validationErrors?.[name]?._errors?.[0]);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {serverError && (
        <Notice tone="error" testId="form-error">
          {errorText.server(serverError)}
        </Notice>
      )}
      {existing && update.hasSucceeded && <Notice tone="success">{t("common.saved")}</Notice>}
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
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
