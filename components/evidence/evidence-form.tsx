"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";

import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRefusalText } from "@/components/forms/use-refusal-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { NumberField } from "@/components/ui/number-field";
import { RequestError, sendMultipart } from "@/lib/api/client";
import { ZEvidenceFields, type TEvidenceFields } from "@/lib/evidence/schema";
import { nextStatus, reopensOnChange, type EvidenceStatus } from "@/lib/evidence/status";
import { valueProblem } from "@/lib/evidence/value-rules";
import { useRouter } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

import { AttachmentPicker, attachmentProblem, type ExistingAttachment } from "./attachment-picker";
import { ScorePreview, type PreviewData } from "./score-preview";

export type IndicatorOption = {
  id: string;
  code: string;
  dimension: string;
  unit: string;
  unitLabel: string;
  kind: "QUANTITATIVE" | "ORDINAL";
  name: string;
  definition: string;
};

type Mode =
  | { kind: "create"; projectId: string }
  | { kind: "edit"; id: string; version: number; status: EvidenceStatus; attachments: ExistingAttachment[]; outdated: string[] };

type Props = { mode: Mode; indicators: IndicatorOption[]; defaults: z.input<typeof ZEvidenceFields>; preview: PreviewData | null };

type Intent = "draft" | "submit";
type Saved = { id: string; status: string; version: number };

/**
 * New or edited evidence, with a live preview of the project's score as the value is typed. The
 * files make it a multipart upload to a route handler rather than a server action; a refusal
 * comes back as the same RequestError and lands on the fields the same way (useRefusalText).
 */
export function EvidenceForm({ mode, indicators, defaults, preview }: Props) {
  const t = useTranslations();
  const errorText = useErrorText("evidence");
  const router = useRouter();
  const editing = mode.kind === "edit";
  const form = useForm<z.input<typeof ZEvidenceFields>, unknown, TEvidenceFields>({
    resolver: zodResolver(ZEvidenceFields),
    defaultValues: defaults,
    // Each field's error shows as soon as it is left, not only when the whole form is sent.
    mode: "onTouched",
  });
  const [files, setFiles] = useState<File[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [attachmentError, setAttachmentError] = useState<string>();
  const existing = editing ? mode.attachments : [];

  const save = useMutation({
    mutationFn: ({ values, intent }: { values: TEvidenceFields; intent: Intent }) =>
      editing
        ? sendMultipart<Saved>(
            `/api/evidence/${mode.id}`,
            "PUT",
            { version: mode.version, fields: values, removeAttachmentIds: removed, intent },
            files,
          )
        : sendMultipart<Saved>("/api/evidence", "POST", { projectId: mode.projectId, fields: values, intent }, files),
    onSuccess: (saved) => router.push(`/evidence/${saved.id}?saved=1`),
  });
  const { fieldError, formError } = useRefusalText(save.error, {
    feature: "evidence",
    errors: form.formState.errors,
    prefix: "fields.",
    // The attachments' own message may stand in for fieldError("attachments"); other fields ask for theirs.
    shows: (path) => path === "attachments",
  });

  // The server asked to confirm a value far outside the usual range: from now on the form offers it.
  const [outlierAsked, setOutlierAsked] = useState(false);
  if (!outlierAsked && save.error instanceof RequestError && save.error.error.code === "outlierConfirm") setOutlierAsked(true);
  const indicatorId = form.watch("indicatorId");
  const value = form.watch("value");
  const periodStart = form.watch("periodStart");
  const periodEnd = form.watch("periodEnd");
  const originalLocale = form.watch("originalLocale");
  const indicator = indicators.find((i) => i.id === indicatorId);
  const problem = indicator && typeof value === "number" ? valueProblem(value, indicator) : "valueRequired";

  const submit = (intent: Intent) =>
    form.handleSubmit((values) => {
      setAttachmentError(undefined);
      if (indicator && problem) return form.setError("value", { message: problem });
      const tooMuch = attachmentProblem(existing.length - removed.length, files);
      if (tooMuch) return setAttachmentError(errorText.server(tooMuch));
      save.mutate({ values, intent });
    });

  const canSubmit = !editing || nextStatus(mode.status, "submit") !== null;
  const reopens = editing && reopensOnChange(mode.status);

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <form onSubmit={submit("draft")} noValidate className="space-y-4 lg:col-span-2" data-testid="evidence-form">
        <FormError message={formError} />
        {reopens && <Notice tone="warning">{t("evidence.form.reopensHint")}</Notice>}
        {editing ? (
          // Fixed after creation (withdraw and re-enter to change it); not a form control, so
          // its default value is what the form sends.
          <TextField
            label={t("evidence.form.indicator")}
            readOnly
            value={indicator ? `${indicator.code} · ${indicator.name}` : ""}
            hint={indicator?.definition}
          />
        ) : (
          <SelectField
            label={t("evidence.form.indicator")}
            placeholder={t("evidence.form.chooseIndicator")}
            options={indicators.map((i) => ({ value: i.id, label: `${i.code} · ${i.name} (${t(`evidence.dimensions.${i.dimension}`)})` }))}
            hint={indicator?.definition}
            error={fieldError("indicatorId")}
            {...form.register("indicatorId")}
          />
        )}
        <Controller
          control={form.control}
          name="value"
          render={({ field }) => (
            <NumberField
              label={t("evidence.form.value")}
              testId="evidence-value"
              value={field.value}
              onValueChange={field.onChange}
              onBlur={field.onBlur}
              check={(v) => (indicator ? valueProblem(v, indicator) : null)}
              hint={
                indicator
                  ? indicator.kind === "ORDINAL"
                    ? t("evidence.form.ordinalHint")
                    : t("evidence.form.unitHint", { unit: indicator.unitLabel })
                  : undefined
              }
              error={fieldError("value")}
            />
          )}
        />
        {outlierAsked && (
          <label className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <input type="checkbox" data-testid="confirm-outlier" {...form.register("confirmOutlier")} />
            {t("outlier.confirm")}
          </label>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("evidence.form.periodStart")}
            type="date"
            error={fieldError("periodStart")}
            {...form.register("periodStart")}
          />
          <TextField label={t("evidence.form.periodEnd")} type="date" error={fieldError("periodEnd")} {...form.register("periodEnd")} />
        </div>
        {editing ? (
          <TextField label={t("evidence.form.originalLocale")} readOnly value={t(`languages.${originalLocale}`)} />
        ) : (
          <SelectField
            label={t("evidence.form.originalLocale")}
            hint={t("evidence.form.originalLocaleHint")}
            options={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            error={fieldError("originalLocale")}
            {...form.register("originalLocale")}
          />
        )}
        <TextAreaField
          label={t("evidence.form.narrative")}
          lang={originalLocale}
          error={fieldError("narrative")}
          {...form.register("narrative")}
        />
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">{t("evidence.form.translations")}</legend>
          <p className="text-xs text-slate-500">{t("evidence.form.translationsHint")}</p>
          {locales
            .filter((l) => l !== originalLocale)
            .map((l) => (
              <TextAreaField
                key={l}
                lang={l}
                rows={3}
                label={t("evidence.form.translationInto", { language: t(`languages.${l}`) })}
                hint={editing && mode.outdated.includes(l) ? t("evidence.text.outdatedHint") : undefined}
                error={fieldError(`translations.${l}`)}
                {...form.register(`translations.${l}`)}
              />
            ))}
        </fieldset>
        <TextField
          label={t("evidence.form.sourceUrl")}
          type="url"
          placeholder="https://"
          hint={t("evidence.form.sourceUrlHint")}
          error={fieldError("sourceUrl")}
          {...form.register("sourceUrl")}
        />
        <AttachmentPicker
          existing={existing}
          removed={removed}
          onToggleRemove={(id) => setRemoved((r) => (r.includes(id) ? r.filter((x) => x !== id) : [...r, id]))}
          files={files}
          onFiles={setFiles}
          error={attachmentError ?? fieldError("attachments")}
        />
        <div className="flex flex-wrap gap-3">
          {canSubmit && (
            <Button type="button" disabled={save.isPending} onClick={submit("submit")}>
              {save.isPending ? t("common.saving") : t("evidence.form.submit")}
            </Button>
          )}
          <Button type="submit" variant={canSubmit ? "secondary" : "primary"} disabled={save.isPending}>
            {canSubmit ? t("evidence.form.saveDraft") : t("common.save")}
          </Button>
        </div>
      </form>
      <Card title={t("evidence.preview.title")} className="h-fit lg:sticky lg:top-4">
        <ScorePreview
          preview={preview}
          indicatorId={indicatorId ?? ""}
          value={typeof value === "number" ? value : Number.NaN}
          periodStart={periodStart ?? ""}
          periodEnd={periodEnd ?? ""}
          evidenceId={editing ? mode.id : undefined}
          valueOk={!!indicator && problem === null}
        />
      </Card>
    </div>
  );
}
