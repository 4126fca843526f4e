import "server-only";

import type { DbTx } from "@/lib/db/client";
import { locales, type AppLocale } from "@/lib/i18n/routing";

import type { TEvidenceFields } from "./schema";

type TextRow = { locale: AppLocale; narrative: string; sourceVersion: number };

/**
 * Writes the narrative in its original language and the human translations. A change to the
 * original bumps `textVersion`; a translation keeps the version it was written against, so one
 * not revised in the same edit shows as outdated. Clearing a translation removes it.
 */
export async function applyTexts(
  tx: Pick<DbTx, "evidence" | "evidenceText">,
  evidence: { id: string; originalLocale: AppLocale; textVersion: number },
  existing: TextRow[],
  fields: TEvidenceFields,
  userId: string,
) {
  const textVersion = await writeTexts(tx, evidence, existing, fields, userId);
  return tx.evidence.update({ where: { id: evidence.id }, data: { textVersion } });
}

/** The texts of a new item: its version stays the one it was created with, so the row needs no update. */
export async function writeNewTexts(
  tx: Pick<DbTx, "evidenceText">,
  evidence: { id: string; originalLocale: AppLocale; textVersion: number },
  fields: TEvidenceFields,
  userId: string,
): Promise<void> {
  await writeTexts(tx, evidence, [], fields, userId);
}

async function writeTexts(
  tx: Pick<DbTx, "evidenceText">,
  evidence: { id: string; originalLocale: AppLocale; textVersion: number },
  existing: TextRow[],
  fields: TEvidenceFields,
  userId: string,
): Promise<number> {
  const original = existing.find((t) => t.locale === evidence.originalLocale);
  const changed = !original || original.narrative !== fields.narrative;
  const textVersion = original && changed ? evidence.textVersion + 1 : evidence.textVersion;
  if (changed) {
    await tx.evidenceText.upsert({
      where: { evidenceId_locale: { evidenceId: evidence.id, locale: evidence.originalLocale } },
      create: {
        evidenceId: evidence.id,
        locale: evidence.originalLocale,
        narrative: fields.narrative,
        source: "ORIGINAL",
        sourceVersion: textVersion,
        updatedById: userId,
      },
      update: { narrative: fields.narrative, source: "ORIGINAL", sourceVersion: textVersion, updatedById: userId },
    });
  }
  for (const locale of locales) {
    if (locale === evidence.originalLocale) continue;
    const text = fields.translations[locale]?.trim() ?? "";
    const current = existing.find((t) => t.locale === locale);
    if (text === "") {
      if (current) await tx.evidenceText.delete({ where: { evidenceId_locale: { evidenceId: evidence.id, locale } } });
      continue;
    }
    if (current?.narrative === text) continue;
    await tx.evidenceText.upsert({
      where: { evidenceId_locale: { evidenceId: evidence.id, locale } },
      create: { evidenceId: evidence.id, locale, narrative: text, source: "HUMAN", sourceVersion: textVersion, updatedById: userId },
      update: { narrative: text, source: "HUMAN", sourceVersion: textVersion, updatedById: userId },
    });
  }
  return textVersion;
}

/** How a stored text relates to the current original. */
export function textStatus(text: { source: string; sourceVersion: number }, textVersion: number): "original" | "translated" | "outdated" {
  if (text.source === "ORIGINAL") return "original";
  return text.sourceVersion < textVersion ? "outdated" : "translated";
}
