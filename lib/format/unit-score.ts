/**
 * The scores the coordination calculator takes (a dimension score U from 0 to 1), typed and shown
 * in the page's locale through the shared number parser (./parse-number.ts): "0,5" on a Russian
 * page, "0.5" on an English or Chinese one, and a reason for anything else.
 * Pure, no I/O: the calculator and its tests share it.
 */
import { formatNumberInput, parseLocaleNumber, type NumberProblem } from "./parse-number";

export type ScoreProblem = NumberProblem | "outOfRange";
export type ParsedScore = { ok: true; value: number } | { ok: false; problem: ScoreProblem };

/** A score typed in `locale`; refused with the parser's reason, or `outOfRange` outside [0, 1]. */
export function parseUnitScore(raw: string, locale: string): ParsedScore {
  const parsed = parseLocaleNumber(raw, locale);
  if (!parsed.ok) return parsed;
  return parsed.value >= 0 && parsed.value <= 1 ? parsed : { ok: false, problem: "outOfRange" };
}

/** A score as the calculator's field shows it in `locale`, every digit kept so it parses back the same. */
export function formatUnitScore(value: number, locale: string): string {
  return formatNumberInput(value, locale);
}
