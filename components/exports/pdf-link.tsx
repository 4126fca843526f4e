import { getTranslations } from "next-intl/server";

import { PDF_LANGUAGES, type PdfLanguage } from "@/lib/pdf/languages";

import { downloadTexts } from "./export-links";
import { PdfDownload } from "./pdf-download";

/** A PDF document in a chosen language, or Chinese and Russian side by side. */
export async function PdfLink({ path, locale, label, testId }: { path: string; locale: string; label: string; testId?: string }) {
  const [t, texts] = await Promise.all([getTranslations("exports"), downloadTexts()]);
  const languages = Object.fromEntries(PDF_LANGUAGES.map((l) => [l, t(`languages.${l}`)])) as Record<PdfLanguage, string>;
  return (
    <PdfDownload
      href={path}
      label={label}
      languageLabel={t("language")}
      languages={languages}
      initial={locale}
      texts={texts}
      testId={testId}
    />
  );
}
