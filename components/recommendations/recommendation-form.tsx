"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { DimensionCheckboxes } from "@/components/forms/dimension-checkboxes";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createRecommendationAction, retireRecommendationAction, updateRecommendationAction } from "@/lib/recommendations/actions";
import { AREAS, ZRecommendationForm, type TRecommendationFields } from "@/lib/recommendations/schema";

type Existing = TRecommendationFields & { id: string; version: number; retired: boolean };
type FormValues = z.input<typeof ZRecommendationForm>;

/** Organizers add a recommendation to the catalog, edit it, or retire it. */
export function RecommendationForm({ existing }: { existing?: Existing }) {
  const t = useTranslations();
  const errorText = useErrorText("recommendations");
  const router = useRouter();
  const [version, setVersion] = useState(existing?.version ?? 0);
  const form = useForm<FormValues, unknown, TRecommendationFields>({
    resolver: zodResolver(ZRecommendationForm),
    defaultValues: existing
      ? { ...existing, indicatorCodes: existing.indicatorCodes.join(" ") }
      : { code: "", textEn: "", textZh: "", textRu: "", dimensions: [], indicatorCodes: "" },
  });
  const create = useAction(createRecommendationAction, { onSuccess: ({ data }) => data && router.push(`/recommendations/${data.id}`) });
  const update = useAction(updateRecommendationAction, {
    onSuccess: ({ data }) => {
      if (data) setVersion(data.version);
      router.refresh();
    },
  });
  const retire = useAction(retireRecommendationAction, { onSuccess: () => router.refresh() });
  const action = existing ? update : create;
  const onSubmit = form.handleSubmit((values) => {
    if (existing) update.execute({ ...values, id: existing.id, version });
    else create.execute(values);
  });
  const { errors } = form.formState;
  const err = (n: keyof FormValues) => errorText.field(errors[n]?.message as string | undefined);
  const r = (k: string) => t(`recommendations.form.${k}`);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {action.result.serverError && (
        <Notice tone="error" testId="form-error">
          {errorText.server(action.result.serverError)}
        </Notice>
      )}
      {existing && update.hasSucceeded && <Notice tone="success">{t("common.saved")}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={r("code")} error={err("code")} {...form.register("code")} />
        <SelectField
          label={r("area")}
          placeholder={r("chooseArea")}
          options={AREAS.map((a) => ({ value: a, label: t(`recommendations.areas.${a}`) }))}
          error={err("area")}
          {...form.register("area")}
        />
      </div>
      {(["En", "Zh", "Ru"] as const).map((l) => (
        <TextAreaField
          key={l}
          label={r(`text${l}`)}
          lang={l === "Zh" ? "zh-Hans" : l.toLowerCase()}
          rows={2}
          error={err(`text${l}`)}
          {...form.register(`text${l}`)}
        />
      ))}
      <DimensionCheckboxes legend={r("dimensions")} registration={form.register("dimensions")} />
      <TextField label={r("indicators")} hint={r("indicatorsHint")} error={err("indicatorCodes")} {...form.register("indicatorCodes")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.isPending}>
          {action.isPending ? t("common.saving") : t("common.save")}
        </Button>
        {existing && (
          <Button
            variant={existing.retired ? "secondary" : "danger"}
            disabled={retire.isPending}
            onClick={() => retire.execute({ id: existing.id, retired: !existing.retired })}
          >
            {existing.retired ? r("restore") : r("retire")}
          </Button>
        )}
      </div>
    </form>
  );
}
