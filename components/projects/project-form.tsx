"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import type { FieldChange } from "@/lib/projects/errors";
import { LOCALES, SECTORS, STAGES, ZProjectFields, type TProjectFields, type TProjectFieldsInput } from "@/lib/projects/schema";

import { ConflictNotice } from "./conflict-notice";

export type ProjectFormValues = TProjectFieldsInput & { id: string; version: number };

/** Register (no `existing`) or edit a project; the edit carries the version it loaded. */
export function ProjectForm({ existing, defaultLocale }: { existing?: ProjectFormValues; defaultLocale: string }) {
  const t = useTranslations();
  const errorText = useErrorText("projects");
  const router = useRouter();
  const [conflict, setConflict] = useState<{ changes: FieldChange[]; currentVersion: number } | null>(null);
  const form = useForm<TProjectFieldsInput, unknown, TProjectFields>({
    resolver: zodResolver(ZProjectFields),
    defaultValues: existing ?? { title: "", summary: "", originalLocale: defaultLocale as "en", location: "", startDate: "", endDate: "" },
  });
  const create = useAction(createProjectAction, { onSuccess: ({ data }) => data && router.push(`/projects/${data.id}?created=1`) });
  const update = useAction(updateProjectAction, {
    onSuccess: ({ data }) => {
      if (!data || !existing) return;
      if (data.saved) router.push(`/projects/${existing.id}?saved=1`);
      else setConflict({ changes: data.changes, currentVersion: data.currentVersion });
    },
  });
  const action = existing ? update : create;
  const submit = (version?: number) => {
    const values = form.getValues();
    if (existing) update.execute({ ...values, id: existing.id, version: version ?? existing.version });
    else create.execute(values);
  };
  const onSubmit = form.handleSubmit(() => submit(conflict?.currentVersion));

  const { errors } = form.formState;
  const serverError = action.result.serverError;
  const fieldError = (name: keyof TProjectFields) =>
    errorText.field(errors[name]?.message ?? action.result.validationErrors?.[name]?._errors?.[0]);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {serverError && (
        <Notice tone="error" testId="form-error">
          {errorText.server(serverError)}
        </Notice>
      )}
      {conflict && (
        <ConflictNotice
          changes={conflict.changes}
          busy={action.isPending}
          onOverwrite={() => form.handleSubmit(() => submit(conflict.currentVersion))()}
        />
      )}
      <TextField label={t("projects.fields.title")} error={fieldError("title")} {...form.register("title")} />
      <TextAreaField rows={6} label={t("projects.fields.summary")} error={fieldError("summary")} {...form.register("summary")} />
      <SelectField
        label={t("projects.fields.originalLocale")}
        hint={t("projects.fields.originalLocaleHint")}
        options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        error={fieldError("originalLocale")}
        {...form.register("originalLocale")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("projects.fields.sector")}
          placeholder={t("projects.chooseSector")}
          options={SECTORS.map((s) => ({ value: s, label: t(`projects.sectors.${s}`) }))}
          error={fieldError("sector")}
          {...form.register("sector")}
        />
        <SelectField
          label={t("projects.fields.declaredStage")}
          placeholder={t("projects.chooseStage")}
          options={STAGES.map((s) => ({ value: String(s), label: t(`projects.stages.s${s}`) }))}
          error={fieldError("declaredStage")}
          {...form.register("declaredStage")}
        />
        <TextField label={t("projects.fields.location")} error={fieldError("location")} {...form.register("location")} />
        <div />
        <TextField type="date" label={t("projects.fields.startDate")} error={fieldError("startDate")} {...form.register("startDate")} />
        <TextField type="date" label={t("projects.fields.endDate")} error={fieldError("endDate")} {...form.register("endDate")} />
      </div>
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? t("common.saving") : existing ? t("common.save") : t("projects.new")}
      </Button>
    </form>
  );
}
