"use client";

import { useState } from "react";

import { PDF_LANGUAGES, type PdfLanguage } from "@/lib/pdf/languages";

import { DownloadButton, type DownloadTexts } from "./download-button";

/** A language choice (one of the three, or Chinese and Russian side by side) and the PDF download. */
export function PdfDownload({
  href,
  label,
  languageLabel,
  languages,
  initial,
  texts,
  testId,
}: {
  href: string;
  label: string;
  languageLabel: string;
  languages: Record<PdfLanguage, string>;
  initial: string;
  texts: DownloadTexts;
  testId?: string;
}) {
  const [lang, setLang] = useState(initial);
  return (
    <span className="inline-flex items-start gap-2">
      <label className="text-sm">
        <span className="sr-only">{languageLabel}</span>
        <select
          value={lang}
          onChange={(e) => setLang(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          aria-label={languageLabel}
          data-testid={testId ? `${testId}-language` : undefined}
        >
          {PDF_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languages[l]}
            </option>
          ))}
        </select>
      </label>
      <DownloadButton href={`${href}?lang=${lang}`} label={label} texts={texts} testId={testId} />
    </span>
  );
}
