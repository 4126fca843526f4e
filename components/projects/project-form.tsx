"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import type { FieldChange } from "@/lib/projects/errors";
import { ALIGNMENT_TAGS, LOCALES, SECTORS, STAGES, ZProjectFields, type TProjectFieldsInput } from "@/lib/projects/schema";
import { regionOptions } from "@/lib/regions/options";

import { ConflictNotice } from "./conflict-notice";

export type ProjectFormValues = TProjectFieldsInput & { id: string; version: number };

/** Register (no `existing`) or edit a project; the edit carries the version it loaded. */
export function ProjectForm({ existing, defaultLocale }: { existing?: ProjectFormValues; defaultLocale: string }) {
  const tc = useTranslations("countries");
  const t = useTranslations();
  const router = useRouter();
  const [conflict, setConflict] = useState<{ changes: FieldChange[]; currentVersion: number } | null>(null);
  const { form, submit, fieldError, formError, isPending } = useActionForm(existing ? updateProjectAction : createProjectAction, {
    schema: ZProjectFields,
    defaultValues: existing ?? {
      title: "",
      summary: "",
      originalLocale: defaultLocale as "en",
      location: "",
      regionCode: "",
      alignment: [],
      startDate: "",
      endDate: "",
    },
    feature: "projects",
    // The action parses what was typed (an empty end date is ""), like the resolver did. After a
    // conflict, saving again overwrites the version that was shown as newer.
    toInput: (): TProjectFieldsInput | (TProjectFieldsInput & { id: string; version: number }) =>
      existing ? { ...form.getValues(), id: existing.id, version: conflict?.currentVersion ?? existing.version } : form.getValues(),
    onSuccess: (data) => {
      if (!existing) return "id" in data && router.push(`/projects/${data.id}?created=1`);
      if ("saved" in data && data.saved) router.push(`/projects/${existing.id}?saved=1`);
      else if ("changes" in data) setConflict({ changes: data.changes, currentVersion: data.currentVersion });
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-4">
      <FormError message={formError} />
      {conflict && <ConflictNotice changes={conflict.changes} busy={isPending} onOverwrite={() => void submit()} />}
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
        <SelectField
          label={t("projects.fields.region")}
          hint={t("projects.fields.regionHint")}
          placeholder={t("projects.regionNone")}
          options={regionOptions(defaultLocale, (c) => tc(c))}
          error={fieldError("regionCode")}
          {...form.register("regionCode")}
        />
        <TextField label={t("projects.fields.location")} error={fieldError("location")} {...form.register("location")} />
        <fieldset className="md:col-span-2">
          <legend className="text-sm font-medium text-slate-800">{t("projects.fields.alignment")}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {ALIGNMENT_TAGS.map((tag) => (
              <label key={tag} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={tag} {...form.register("alignment")} />
                {t(`projects.alignmentTags.${tag}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField type="date" label={t("projects.fields.startDate")} error={fieldError("startDate")} {...form.register("startDate")} />
        <TextField type="date" label={t("projects.fields.endDate")} error={fieldError("endDate")} {...form.register("endDate")} />
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : existing ? t("common.save") : t("projects.new")}
      </Button>
    </form>
  );
}
