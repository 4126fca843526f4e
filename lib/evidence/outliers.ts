/**
 * Soft warnings for values far outside what is usual (issue 14): a Russian "80,5" read as 805, a
 * misplaced zero. Such a value is stored only once its author confirms it, and the warning stays
 * with the evidence for the verifier. Pure: the form, the import and the service share it.
 *
 * - Against the project's own history: more than HISTORY_FACTOR times its median, or less than
 *   its median divided by that (values of the same indicator the project already reported).
 * - Against the portfolio: above Tukey's upper far-out fence (Q3 + 3·IQR) of the latest value of
 *   every other project, once PORTFOLIO_MIN projects report the indicator. Only above: projects
 *   differ in size by orders of magnitude, so a small project's small figure (24 engineers
 *   where others train hundreds) is normal, while an extra zero or a misread separator makes a
 *   value too large; too small a value is caught against the project's own history.
 * Ordinal indicators (0–4) are bounded already and never warn.
 */

export const HISTORY_FACTOR = 5;
export const PORTFOLIO_MIN = 8;
const FENCE = 3;

export type PortfolioStats = { q1: number; q3: number; count: number };
export type OutlierStats = { history: readonly number[]; portfolio: PortfolioStats | null };
export type OutlierReason = "history" | "portfolio";
export type Outlier = { reasons: OutlierReason[]; low: number; high: number };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (x: number) => Number(x.toPrecision(3));

export function outlierOf(value: number, kind: "QUANTITATIVE" | "ORDINAL", stats: OutlierStats): Outlier | null {
  if (kind === "ORDINAL" || !Number.isFinite(value)) return null;
  const reasons: OutlierReason[] = [];
  const ranges: [number, number][] = [];
  if (stats.history.length > 0) {
    const ref = median(stats.history);
    if (ref > 0) {
      const range: [number, number] = [ref / HISTORY_FACTOR, ref * HISTORY_FACTOR];
      if (value < range[0] || value > range[1]) {
        reasons.push("history");
        ranges.push(range);
      }
    }
  }
  const p = stats.portfolio;
  if (p && p.count >= PORTFOLIO_MIN && p.q3 > p.q1) {
    const iqr = p.q3 - p.q1;
    const range: [number, number] = [0, p.q3 + FENCE * iqr];
    if (value > range[1]) {
      reasons.push("portfolio");
      ranges.push(range);
    }
  }
  if (reasons.length === 0) return null;
  return { reasons, low: round(Math.max(...ranges.map((r) => r[0]))), high: round(Math.min(...ranges.map((r) => r[1]))) };
}
