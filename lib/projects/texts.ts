import type { TLocale } from "./schema";

/** One stored title + summary in one language. */
export type ProjectTextRow = {
  locale: TLocale;
  title: string;
  summary: string;
  source: "ORIGINAL" | "HUMAN";
  sourceVersion: number;
};

/** How the text a reader sees relates to the original. */
export type TextStatus = "original" | "translated" | "outdated";

export type ShownText = { locale: TLocale; title: string; summary: string; status: TextStatus };

export function textStatus(row: ProjectTextRow, textVersion: number): TextStatus {
  if (row.source === "ORIGINAL") return "original";
  return row.sourceVersion < textVersion ? "outdated" : "translated";
}

/**
 * The reader's language when a person translated it (current or outdated, marked as such),
 * the original otherwise. No machine translation: a missing language falls back to the original.
 */
export function pickText(
  rows: readonly ProjectTextRow[],
  originalLocale: TLocale,
  textVersion: number,
  readerLocale: string,
): { shown: ShownText; original: ShownText } {
  const originalRow =
    rows.find((r) => r.locale === originalLocale && r.source === "ORIGINAL") ?? rows.find((r) => r.source === "ORIGINAL") ?? rows[0];
  const original: ShownText = originalRow
    ? { locale: originalRow.locale, title: originalRow.title, summary: originalRow.summary, status: "original" }
    : { locale: originalLocale, title: "", summary: "", status: "original" };
  const own = rows.find((r) => r.locale === readerLocale);
  if (!own || own === originalRow) return { shown: original, original };
  return { shown: { locale: own.locale, title: own.title, summary: own.summary, status: textStatus(own, textVersion) }, original };
}

/** Only the title a reader sees, for lists and headings: their language when stored, else the original. */
export function pickTitle(
  rows: readonly { locale: string; title: string }[],
  originalLocale: string,
  readerLocale: string,
): string | undefined {
  return (rows.find((r) => r.locale === readerLocale) ?? rows.find((r) => r.locale === originalLocale) ?? rows[0])?.title;
}

/** Every title and summary in every language, lower-cased, for the trigram index. */
export function buildSearchText(rows: readonly Pick<ProjectTextRow, "title" | "summary">[]): string {
  return rows
    .map((r) => `${r.title}\n${r.summary}`)
    .join("\n")
    .toLowerCase();
}

/** `%q%` for ILIKE with the user's own `%`, `_` and `\` taken literally. */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
