"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { saveTranslationAction } from "@/lib/projects/actions";
import { ZSaveTranslation, type TLocale } from "@/lib/projects/schema";
import type { TextStatus } from "@/lib/projects/texts";

const ZTranslationFields = ZSaveTranslation.pick({ title: true, summary: true });

type Props = { projectId: string; locale: TLocale; existing: { title: string; summary: string; status: TextStatus } | null };

/** A person's translation of the title and summary into one non-original language. */
export function TranslationForm({ projectId, locale, existing }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(saveTranslationAction, {
    schema: ZTranslationFields,
    defaultValues: { title: existing?.title ?? "", summary: existing?.summary ?? "" },
    toInput: (values) => ({ ...values, projectId, locale }),
    feature: "projects",
    onSuccess: () => router.refresh(),
  });
  const language = t(`languages.${locale}`);
  const bcp47 = locale === "zh" ? "zh-Hans" : locale;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid={`translation-${locale}`}>
      <div className="flex items-center gap-2">
        <h3 className="font-semibold">{language}</h3>
        {existing ? (
          <Badge tone={existing.status === "outdated" ? "amber" : "green"}>{t(`projects.text.${existing.status}`)}</Badge>
        ) : (
          <Badge>{t("projects.translations.missing")}</Badge>
        )}
      </div>
      <FormError message={formError} />
      {succeeded && <Notice tone="success">{t("projects.translations.saved")}</Notice>}
      <TextField
        lang={bcp47}
        label={t("projects.translations.titleIn", { language })}
        error={fieldError("title")}
        {...form.register("title")}
      />
      <TextAreaField
        rows={6}
        lang={bcp47}
        label={t("projects.translations.summaryIn", { language })}
        error={fieldError("summary")}
        {...form.register("summary")}
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("projects.translations.save")}
      </Button>
    </form>
  );
}
