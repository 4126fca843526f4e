import { getTranslations } from "next-intl/server";

import { DownloadButton, type DownloadTexts } from "./download-button";

/** The refusal texts a download can meet, in the page's language. */
export async function downloadTexts(): Promise<DownloadTexts> {
  const t = await getTranslations();
  return {
    preparing: t("exports.preparing"),
    errors: {
      generic: t("errors.generic"),
      unauthorized: t("errors.unauthorized"),
      forbidden: t("errors.forbidden"),
      notFound: t("errors.notFound"),
      invalidInput: t("validation.invalid"),
      pdfUnavailable: t("exports.errors.pdfUnavailable"),
      pdfBusy: t("exports.errors.pdfBusy"),
      pdfFailed: t("exports.errors.pdfFailed"),
    },
  };
}

/**
 * CSV and Excel downloads of one table: `path` is the download route, `params` the page's
 * filters, passed on as they are (the route validates them again).
 */
export async function ExportLinks({
  path,
  params = {},
  locale,
  label,
  testId,
}: {
  path: string;
  params?: Record<string, string | undefined>;
  locale: string;
  label?: string;
  testId?: string;
}) {
  const [t, texts] = await Promise.all([getTranslations("exports"), downloadTexts()]);
  const href = (format: "csv" | "xlsx") => {
    const query = new URLSearchParams(Object.entries({ ...params, format, locale }).filter((e): e is [string, string] => !!e[1]));
    return `${path}?${query}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide">
      {label && <span className="text-sm text-slate-600">{label}</span>}
      <DownloadButton href={href("xlsx")} label={t("xlsx")} texts={texts} testId={testId && `${testId}-xlsx`} />
      <DownloadButton href={href("csv")} label={t("csv")} texts={texts} testId={testId && `${testId}-csv`} />
    </div>
  );
}
