"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { saveTranslationAction } from "@/lib/projects/actions";
import { ZSaveTranslation, type TLocale } from "@/lib/projects/schema";
import type { TextStatus } from "@/lib/projects/texts";

type Props = { projectId: string; locale: TLocale; existing: { title: string; summary: string; status: TextStatus } | null };

/** A person's translation of the title and summary into one non-original language. */
export function TranslationForm({ projectId, locale, existing }: Props) {
  const t = useTranslations();
  const errorText = useErrorText("projects");
  const router = useRouter();
  const { form, handleSubmitWithAction, action } = useHookFormAction(saveTranslationAction, zodResolver(ZSaveTranslation), {
    formProps: { defaultValues: { projectId, locale, title: existing?.title ?? "", summary: existing?.summary ?? "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { errors } = form.formState;
  const language = t(`languages.${locale}`);
  const bcp47 = locale === "zh" ? "zh-Hans" : locale;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" data-testid={`translation-${locale}`}>
      <div className="flex items-center gap-2">
        <h3 className="font-semibold">{language}</h3>
        {existing ? (
          <Badge tone={existing.status === "outdated" ? "amber" : "green"}>{t(`projects.text.${existing.status}`)}</Badge>
        ) : (
          <Badge>{t("projects.translations.missing")}</Badge>
        )}
      </div>
      {action.result.serverError && <Notice tone="error">{errorText.server(action.result.serverError)}</Notice>}
      {action.hasSucceeded && <Notice tone="success">{t("projects.translations.saved")}</Notice>}
      <TextField
        lang={bcp47}
        label={t("projects.translations.titleIn", { language })}
        error={errorText.field(errors.title?.message)}
        {...form.register("title")}
      />
      <TextAreaField
        rows={6}
        lang={bcp47}
        label={t("projects.translations.summaryIn", { language })}
        error={errorText.field(errors.summary?.message)}
        {...form.register("summary")}
      />
      <Button type="submit" variant="secondary" disabled={action.isPending}>
        {t("projects.translations.save")}
      </Button>
    </form>
  );
}
