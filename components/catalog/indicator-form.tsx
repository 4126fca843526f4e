"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateIndicatorAction } from "@/lib/catalog/actions";
import { UNITS } from "@/lib/catalog/indicators";
import { INDICATOR_FLAGS, ZUpdateIndicator, type TUpdateIndicator } from "@/lib/catalog/schema";
import { useRouter } from "@/lib/i18n/navigation";

type Existing = TUpdateIndicator & { kind: "QUANTITATIVE" | "ORDINAL"; code: string };
type FieldName = Exclude<keyof TUpdateIndicator, "id" | "version">;

const LANGS = [
  ["En", "en"],
  ["Zh", "zh-Hans"],
  ["Ru", "ru"],
] as const;

/** Edits one indicator; saving freezes the new catalog into a new, inactive model version. */
export function IndicatorForm({ existing }: { existing: Existing }) {
  const t = useTranslations();
  const errorText = useErrorText("catalog");
  const router = useRouter();
  const [version, setVersion] = useState(existing.version);
  const { id: _id, version: _version, kind, code: _code, ...defaults } = existing;
  const form = useForm<z.input<typeof ZUpdateIndicator>, unknown, TUpdateIndicator>({
    resolver: zodResolver(ZUpdateIndicator),
    defaultValues: { ...defaults, id: existing.id, version: existing.version },
  });
  const update = useAction(updateIndicatorAction, {
    onSuccess: ({ data }) => {
      if (data) {
        setVersion(data.version);
        form.setValue("version", data.version);
      }
      router.refresh();
    },
  });
  const onSubmit = form.handleSubmit((values) => update.execute({ ...values, id: existing.id, version }));
  const { errors } = form.formState;
  const serverFieldError = (name: FieldName) => {
    const entry = update.result.validationErrors?.[name];
    return entry && !Array.isArray(entry) ? entry._errors?.[0] : undefined;
  };
  const fieldError = (name: FieldName) => errorText.field(errors[name]?.message ?? serverFieldError(name));
  const number = { valueAsNumber: true } as const;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="indicator-form">
      {update.result.serverError && (
        <Notice tone="error" testId="form-error">
          {errorText.server(update.result.serverError)}
        </Notice>
      )}
      {update.hasSucceeded && update.result.data && (
        <Notice tone="success" testId="indicator-saved">
          {t("catalog.saved", { version: update.result.data.modelVersion })}
        </Notice>
      )}
      {LANGS.map(([suffix, lang]) => (
        <TextField
          key={suffix}
          lang={lang}
          label={t(`catalog.fields.name${suffix}`)}
          error={fieldError(`name${suffix}`)}
          {...form.register(`name${suffix}`)}
        />
      ))}
      {LANGS.map(([suffix, lang]) => (
        <TextAreaField
          key={suffix}
          label={t(`catalog.fields.definition${suffix}`)}
          error={fieldError(`definition${suffix}`)}
          lang={lang}
          rows={3}
          {...form.register(`definition${suffix}`)}
        />
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("catalog.fields.unit")}
          options={UNITS.map((u) => ({ value: u, label: t(`catalog.units.${u}`) }))}
          error={fieldError("unit")}
          {...form.register("unit")}
        />
        <SelectField
          label={t("catalog.fields.direction")}
          options={(["BENEFIT", "COST"] as const).map((d) => ({ value: d, label: t(`catalog.directions.${d}`) }))}
          error={fieldError("direction")}
          {...form.register("direction")}
        />
        <SelectField
          label={t("catalog.fields.stageTag")}
          options={[1, 2, 3].map((s) => ({ value: String(s), label: t("catalog.stageValue", { stage: s }) }))}
          error={fieldError("stageTag")}
          {...form.register("stageTag", number)}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("catalog.fields.lower")}
          type="number"
          step="any"
          hint={kind === "ORDINAL" ? t("catalog.fields.kindHint") : undefined}
          error={fieldError("lower")}
          {...form.register("lower", number)}
        />
        <TextField
          label={t("catalog.fields.upper")}
          type="number"
          step="any"
          error={fieldError("upper")}
          {...form.register("upper", number)}
        />
        <TextField
          label={t("catalog.fields.weight")}
          type="number"
          step="any"
          min={0}
          max={1}
          hint={t("catalog.fields.weightHint")}
          error={fieldError("weight")}
          {...form.register("weight", number)}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("catalog.fields.flags")}</legend>
        <div className="mt-1 flex gap-4">
          {INDICATOR_FLAGS.map((flag) => (
            <label key={flag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={flag} {...form.register("flags")} />
              {t(`catalog.flags.${flag}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
