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
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { createRecommendationAction, retireRecommendationAction, updateRecommendationAction } from "@/lib/recommendations/actions";
import { AREAS, ZRecommendationForm, type TRecommendationFields } from "@/lib/recommendations/schema";

type Existing = TRecommendationFields & { id: string; version: number; retired: boolean };
type FormValues = z.input<typeof ZRecommendationForm>;
const area = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

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
        <div key={l}>
          <label className="block text-sm font-medium text-slate-800">
            {r(`text${l}`)}
            <textarea
              rows={2}
              lang={l === "Zh" ? "zh-Hans" : l.toLowerCase()}
              className={area}
              aria-invalid={Boolean(err(`text${l}`))}
              {...form.register(`text${l}`)}
            />
          </label>
          {err(`text${l}`) && <p className="mt-1 text-sm text-red-700">{err(`text${l}`)}</p>}
        </div>
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
