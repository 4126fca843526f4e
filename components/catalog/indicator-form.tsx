"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { NumberInput } from "@/components/forms/number-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateIndicatorAction } from "@/lib/catalog/actions";
import { UNITS } from "@/lib/catalog/indicators";
import { INDICATOR_FLAGS, ZUpdateIndicator, type TUpdateIndicator } from "@/lib/catalog/schema";
import { useRouter } from "@/lib/i18n/navigation";

type Existing = TUpdateIndicator & { kind: "QUANTITATIVE" | "ORDINAL"; code: string };

const LANGS = [
  ["En", "en"],
  ["Zh", "zh-Hans"],
  ["Ru", "ru"],
] as const;

/** Edits one indicator; saving freezes the new catalog into a new, inactive model version. */
export function IndicatorForm({ existing }: { existing: Existing }) {
  const t = useTranslations();
  const router = useRouter();
  const { kind, code: _code, ...defaults } = existing;
  // The edit carries the version it loaded, and the one it saved afterwards.
  const { form, submit, fieldError, formError, isPending, succeeded, data } = useActionForm(updateIndicatorAction, {
    schema: ZUpdateIndicator,
    defaultValues: defaults,
    feature: "catalog",
    onSuccess: (saved) => {
      form.setValue("version", saved.version);
      router.refresh();
    },
  });
  const number = { valueAsNumber: true } as const;

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-4" data-testid="indicator-form">
      <FormError message={formError} />
      {succeeded && data && (
        <Notice tone="success" testId="indicator-saved">
          {data.modelVersion === null ? t("catalog.unchanged") : t("catalog.saved", { version: data.modelVersion })}
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
        <NumberInput
          control={form.control}
          name="lower"
          label={t("catalog.fields.lower")}
          hint={kind === "ORDINAL" ? t("catalog.fields.kindHint") : undefined}
          error={fieldError("lower")}
        />
        <NumberInput control={form.control} name="upper" label={t("catalog.fields.upper")} error={fieldError("upper")} />
        <NumberInput
          control={form.control}
          name="weight"
          label={t("catalog.fields.weight")}
          hint={t("catalog.fields.weightHint")}
          error={fieldError("weight")}
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
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
