"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import type { z } from "zod";

import { DimensionCheckboxes } from "@/components/forms/dimension-checkboxes";
import { FormError } from "@/components/forms/form-error";
import { NumberInput } from "@/components/forms/number-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { createInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import { ZCreateInitiative } from "@/lib/initiatives/schema";

type Option = { value: string; label: string };
type Org = Option & { country: "CN" | "RU" };
type Values = z.input<typeof ZCreateInitiative>;
/** Editing: the loaded fields and version; the recommendation and milestones are managed elsewhere. */
export type ExistingInitiative = Omit<Values, "milestones"> & { id: string; version: number };

/** Organizer form: a new initiative under a recommendation, with owners and milestones; or an edit. */
export function InitiativeForm({
  recommendations,
  organizations,
  projects,
  recommendationId,
  existing,
}: {
  recommendations: Option[];
  organizations: Org[];
  projects: Option[];
  recommendationId?: string;
  existing?: ExistingInitiative;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending } = useActionForm(existing ? updateInitiativeAction : createInitiativeAction, {
    schema: ZCreateInitiative,
    feature: "initiatives",
    // An edit leaves the recommendation and the milestones alone (managed elsewhere).
    toInput: ({ recommendationId, milestones, ...values }) =>
      existing ? { ...values, id: existing.id, version: existing.version } : { ...values, recommendationId, milestones },
    onSuccess: (data) => router.push(existing ? `/initiatives/${data.id}` : `/initiatives/${data.id}?created=1`),
    defaultValues: existing
      ? { ...existing, milestones: [] }
      : {
          recommendationId: recommendationId ?? "",
          titleEn: "",
          titleZh: "",
          titleRu: "",
          descriptionEn: "",
          descriptionZh: "",
          descriptionRu: "",
          responsible: "",
          startDate: "",
          dueDate: "",
          weight: 1,
          dimensions: [],
          ownerOrgIds: [],
          projectIds: [],
          milestones: [{ title: "", dueDate: "", weight: 1 }],
        },
  });
  const milestones = useFieldArray({ control: form.control, name: "milestones" });
  const f = (key: string) => t(`initiatives.fields.${key}`);
  const ownersError = fieldError("ownerOrgIds");

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      <FormError message={formError} />
      {!existing && (
        <SelectField
          label={f("recommendation")}
          placeholder={t("initiatives.chooseRecommendation")}
          options={recommendations}
          error={fieldError("recommendationId")}
          {...form.register("recommendationId")}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={f("titleEn")} lang="en" error={fieldError("titleEn")} {...form.register("titleEn")} />
        <TextField label={f("titleZh")} lang="zh-Hans" error={fieldError("titleZh")} {...form.register("titleZh")} />
        <TextField label={f("titleRu")} lang="ru" error={fieldError("titleRu")} {...form.register("titleRu")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {(["En", "Zh", "Ru"] as const).map((l) => (
          <TextAreaField
            key={l}
            label={f(`description${l}`)}
            lang={l === "Zh" ? "zh-Hans" : l.toLowerCase()}
            rows={3}
            error={fieldError(`description${l}`)}
            {...form.register(`description${l}`)}
          />
        ))}
      </div>
      <TextField
        label={f("responsible")}
        hint={t("initiatives.responsibleHint")}
        error={fieldError("responsible")}
        {...form.register("responsible")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField type="date" label={f("startDate")} error={fieldError("startDate")} {...form.register("startDate")} />
        <TextField type="date" label={f("dueDate")} error={fieldError("dueDate")} {...form.register("dueDate")} />
        <NumberInput control={form.control} name="weight" label={f("weight")} error={fieldError("weight")} />
      </div>
      <DimensionCheckboxes legend={f("dimensions")} registration={form.register("dimensions")} />
      <fieldset aria-describedby={ownersError ? "owners-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{f("owners")}</legend>
        <p className="text-xs text-slate-500">{t("initiatives.ownersHint")}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {(["CN", "RU"] as const).map((c) => (
            <div key={c}>
              <p className="text-xs font-semibold uppercase text-slate-500">{t(`countries.${c}`)}</p>
              {organizations
                .filter((o) => o.country === c)
                .map((o) => (
                  <label key={o.value} className="mt-1 flex items-center gap-2 text-sm">
                    <input type="checkbox" value={o.value} {...form.register("ownerOrgIds")} />
                    {o.label}
                  </label>
                ))}
            </div>
          ))}
        </div>
        {ownersError && (
          <p id="owners-error" className="mt-1 text-sm text-red-700">
            {ownersError}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{f("projects")}</legend>
        <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm">
          {projects.map((p) => (
            <li key={p.value}>
              <label className="flex items-center gap-2">
                <input type="checkbox" value={p.value} {...form.register("projectIds")} />
                {p.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {!existing && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{f("milestones")}</legend>
          {milestones.fields.map((field, index) => (
            <div
              key={field.id}
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem_6rem_auto]"
              data-testid="milestone-row"
            >
              <TextField
                label={t("initiatives.milestone.title", { n: index + 1 })}
                error={fieldError(`milestones.${index}.title`)}
                {...form.register(`milestones.${index}.title`)}
              />
              <TextField
                type="date"
                label={t("initiatives.milestone.dueDate", { n: index + 1 })}
                error={fieldError(`milestones.${index}.dueDate`)}
                {...form.register(`milestones.${index}.dueDate`)}
              />
              <NumberInput
                control={form.control}
                name={`milestones.${index}.weight`}
                label={t("initiatives.milestone.weight", { n: index + 1 })}
                error={fieldError(`milestones.${index}.weight`)}
              />
              <div className="flex items-end">
                <Button variant="ghost" onClick={() => milestones.remove(index)}>
                  {t("initiatives.milestone.remove", { n: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <Button variant="secondary" onClick={() => milestones.append({ title: "", dueDate: "", weight: 1 })}>
            {t("initiatives.milestone.add")}
          </Button>
        </fieldset>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : existing ? t("common.save") : t("initiatives.create")}
      </Button>
    </form>
  );
}
