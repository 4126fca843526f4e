"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createModelVersionAction } from "@/lib/scores/actions";
import { toConfig, ZModelConfigForm, type ModelConfigFormInput } from "@/lib/scores/config-form";
import { COUPLING_VARIANTS, DIMENSIONS, EVIDENCE_STATUSES } from "@/lib/scoring";

type Name = keyof ModelConfigFormInput;

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-3">{children}</div>
    </fieldset>
  );
}

/** A new scoring model version: starts from the latest configuration. */
export function ModelConfigForm({ initial }: { initial: ModelConfigFormInput }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, succeeded, data } = useActionForm(createModelVersionAction, {
    schema: ZModelConfigForm,
    defaultValues: initial,
    // The form edits the configuration field by field; the action takes it as one object.
    toInput: (values) => ({ config: toConfig(values), note: values.note || undefined }),
    feature: "scores",
    // An unchanged configuration creates no version: the form stays and says so.
    onSuccess: (created) => {
      if (created.version !== null) router.push(`/admin/scoring?created=${created.version}`);
    },
  });
  const normalization = form.watch("normalizationKind");
  const weighting = form.watch("weightingKind");
  const useShift = form.watch("useShift");

  const num = (name: Name, label: string, step = "any") => (
    <TextField
      key={name}
      label={label}
      type="number"
      step={step}
      error={fieldError(name)}
      {...form.register(name, { valueAsNumber: true })}
    />
  );
  const c = (key: string) => t(`scores.config.${key}`);

  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="model-config-form">
      <FormError message={formError} />
      {succeeded && data?.version === null && (
        <Notice tone="info" testId="model-unchanged">
          {c("unchanged")}
        </Notice>
      )}
      <Group legend={c("normalization")}>
        <SelectField
          label={c("normalization")}
          options={(["goalposts", "minmax"] as const).map((k) => ({ value: k, label: c(`normalizationKinds.${k}`) }))}
          {...form.register("normalizationKind")}
        />
        {normalization === "minmax" && (
          <>
            <label className="flex items-center gap-2 self-end pb-2 text-sm">
              <input type="checkbox" {...form.register("useShift")} />
              {c("useShift")}
            </label>
            {useShift && (
              <div className="grid grid-cols-2 gap-2">
                {num("shiftLower", c("shiftLower"))}
                {num("shiftUpper", c("shiftUpper"))}
              </div>
            )}
          </>
        )}
      </Group>
      <Group legend={c("weighting")}>
        <SelectField
          label={c("weighting")}
          options={(["expert", "entropy", "equal", "mix"] as const).map((k) => ({ value: k, label: c(`weightingKinds.${k}`) }))}
          {...form.register("weightingKind")}
        />
        {weighting === "mix" && (
          <>
            {num("mixExpert", c("mixExpert"))}
            {num("mixEntropy", c("mixEntropy"))}
            {num("mixEqual", c("mixEqual"))}
          </>
        )}
        <SelectField
          label={c("coupling")}
          options={COUPLING_VARIANTS.map((k) => ({ value: k, label: c(`couplingVariants.${k}`) }))}
          {...form.register("couplingVariant")}
        />
      </Group>
      <Group legend={c("dimensionWeights")}>{DIMENSIONS.map((d) => num(`alpha${d}`, t(`scores.dimensions.${d}`)))}</Group>
      <Group legend={c("statusFactors")}>{EVIDENCE_STATUSES.map((s) => num(`factor${s}`, t(`scores.statuses.${s}`)))}</Group>
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{c("levelThresholds")}</legend>
        <TextField
          label={c("levelThresholds")}
          hint={c("levelThresholdsHint")}
          error={fieldError("levelThresholds")}
          {...form.register("levelThresholds")}
        />
      </fieldset>
      <Group legend={c("stage")}>
        {num("stage3MinD", c("stage3MinD"))}
        {num("stage3MinU", c("stage3MinU"))}
        {num("stage3MinIndicators", c("stage3MinIndicators"), "1")}
        {num("stage2MinD", c("stage2MinD"))}
        {num("stage2MinIndicators", c("stage2MinIndicators"), "1")}
        <label className="flex items-center gap-2 self-end pb-2 text-sm sm:col-span-2">
          <input type="checkbox" {...form.register("stageFeatures")} />
          {c("stageFeatures")}
        </label>
        <SelectField
          label={c("missingIndicators")}
          options={(["zero", "renormalize"] as const).map((k) => ({ value: k, label: c(`missingIndicatorRules.${k}`) }))}
          {...form.register("missingIndicators")}
        />
      </Group>
      <Group legend={c("constraints")}>
        {num("institutionalLag", c("institutionalLag"))}
        {num("dataGovernance", c("dataGovernance"))}
        {num("talent", c("talent"))}
      </Group>
      <TextField label={c("noteLabel")} error={fieldError("note")} {...form.register("note")} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : c("create")}
      </Button>
    </form>
  );
}
