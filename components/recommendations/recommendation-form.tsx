"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { DimensionCheckboxes } from "@/components/forms/dimension-checkboxes";
import { FormError } from "@/components/forms/form-error";
import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createRecommendationAction, retireRecommendationAction, updateRecommendationAction } from "@/lib/recommendations/actions";
import { AREAS, ZRecommendationForm, type TRecommendationFields } from "@/lib/recommendations/schema";

type Existing = TRecommendationFields & { id: string; version: number; retired: boolean };

/** Organizers add a recommendation to the catalog, edit it, or retire it. */
export function RecommendationForm({ existing }: { existing?: Existing }) {
  const t = useTranslations();
  const router = useRouter();
  const [version, setVersion] = useState(existing?.version ?? 0);
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(
    existing ? updateRecommendationAction : createRecommendationAction,
    {
      // Indicator codes are typed as one line ("I3 I6"); the form's schema splits them into the list.
      schema: ZRecommendationForm,
      defaultValues: existing
        ? { ...existing, indicatorCodes: existing.indicatorCodes.join(" ") }
        : { code: "", textEn: "", textZh: "", textRu: "", dimensions: [], indicatorCodes: "" },
      toInput: (values: TRecommendationFields) => (existing ? { ...values, id: existing.id, version } : values),
      feature: "recommendations",
      onSuccess: (data) => {
        if (!existing) return router.push(`/recommendations/${data.id}`);
        if ("version" in data && typeof data.version === "number") setVersion(data.version);
        router.refresh();
      },
    },
  );
  const retire = useActionButton(retireRecommendationAction, { feature: "recommendations", onSuccess: () => router.refresh() });
  const r = (k: string) => t(`recommendations.form.${k}`);
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-4">
      <FormError message={formError ?? retire.error} />
      {existing && succeeded && <Notice tone="success">{t("common.saved")}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={r("code")} error={fieldError("code")} {...form.register("code")} />
        <SelectField
          label={r("area")}
          placeholder={r("chooseArea")}
          options={AREAS.map((a) => ({ value: a, label: t(`recommendations.areas.${a}`) }))}
          error={fieldError("area")}
          {...form.register("area")}
        />
      </div>
      {(["En", "Zh", "Ru"] as const).map((l) => (
        <TextAreaField
          key={l}
          label={r(`text${l}`)}
          lang={l === "Zh" ? "zh-Hans" : l.toLowerCase()}
          rows={2}
          error={fieldError(`text${l}`)}
          {...form.register(`text${l}`)}
        />
      ))}
      <DimensionCheckboxes legend={r("dimensions")} registration={form.register("dimensions")} />
      <TextField
        label={r("indicators")}
        hint={r("indicatorsHint")}
        error={fieldError("indicatorCodes")}
        {...form.register("indicatorCodes")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : t("common.save")}
        </Button>
        {existing && (
          <Button
            variant={existing.retired ? "secondary" : "danger"}
            disabled={retire.isPending}
            onClick={() => retire.run({ id: existing.id, retired: !existing.retired })}
          >
            {existing.retired ? r("restore") : r("retire")}
          </Button>
        )}
      </div>
    </form>
  );
}
