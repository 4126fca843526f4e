import { z } from "zod";

/** A document in one of the three languages, or Chinese and Russian side by side. */
export const PDF_LANGUAGES = ["en", "zh", "ru", "zh-ru"] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

export const ZPdfLanguage = z.enum(PDF_LANGUAGES, "invalid");

/** The languages a document is written in, left column first. */
export function columnsOf(lang: PdfLanguage): ("en" | "zh" | "ru")[] {
  return lang === "zh-ru" ? ["zh", "ru"] : [lang];
}
