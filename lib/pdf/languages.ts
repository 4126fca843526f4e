/**
 * A document in one of the three languages, or Chinese and Russian side by side. No zod here:
 * the download buttons import this in the browser, and zod would add about 30 KB (gzip) to every
 * page that has one (the project page among them); the schema is in ./schema.ts.
 */
export const PDF_LANGUAGES = ["en", "zh", "ru", "zh-ru"] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

/** The languages a document is written in, left column first. */
export function columnsOf(lang: PdfLanguage): ("en" | "zh" | "ru")[] {
  return lang === "zh-ru" ? ["zh", "ru"] : [lang];
}
