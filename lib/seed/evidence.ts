import type { Prisma } from "@/lib/db/client";
import type { ActiveModel } from "@/lib/scores/model";

import { DEMO_ORGANIZATIONS } from "./demo-data";
import { sha256Hex, textPdf } from "./evidence-file";
import { roundForUnit, SECTOR_INDICATORS, VERIFY_SLOWNESS } from "./evidence-profiles";
import type { PortfolioProject } from "./portfolio-projects";
import { seedSnapshotRow } from "./snapshots";

type Rng = () => number;
type Status = "DRAFT" | "SUBMITTED" | "VERIFIED" | "DISPUTED" | "RETURNED" | "WITHDRAWN";
type Member = { key: string; id: string; country: "CN" | "RU" };
export type Ids = { orgs: Map<string, { id: string; country: "CN" | "RU" }>; usersByOrg: Map<string, string> };
export type IndicatorRow = {
  id: string;
  code: string;
  stageTag: number;
  lower: number;
  upper: number;
  direction: string;
  kind: string;
  unit: string;
  flags: string[];
  nameEn: string;
};
export type Batch = {
  evidence: Prisma.EvidenceCreateManyInput[];
  texts: Prisma.EvidenceTextCreateManyInput[];
  verifications: Prisma.VerificationCreateManyInput[];
  attachments: Prisma.EvidenceAttachmentCreateManyInput[];
  snapshots: ReturnType<typeof seedSnapshotRow>[];
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Reporting periods the evidence describes; one score snapshot is recorded after each. */
export const PERIODS = [
  { start: "2025-01-01", end: "2025-06-30", scoredAt: "2025-07-10" },
  { start: "2025-07-01", end: "2025-12-31", scoredAt: "2026-01-12" },
  { start: "2026-01-01", end: "2026-06-30", scoredAt: "2026-07-09" },
  { start: "2026-07-01", end: "2026-10-31", scoredAt: "2026-11-16" },
];
/** Stocks (patents filed, people trained) grow towards the project's level over its periods. */
const GROWTH = [0.45, 0.65, 0.85, 1];

/** Only an organization of the right kind reports these (degree programmes come from universities). */
const REPORTERS: Record<string, readonly string[]> = {
  R4: ["hit", "fefu"],
  R5: ["grid", "rugrid"],
  R6: ["grid", "rugrid", "park"],
  T4: ["grid", "rugrid"],
  I11: ["park", "it", "machine"],
};

const NARRATIVE: Record<"CN" | "RU", (code: string, value: string) => string> = {
  CN: (code, value) => `指标 ${code} 本期数值为 ${value}，依据项目台账和合作方会议纪要。`,
  RU: (code, value) => `Значение показателя ${code} за период: ${value}; по данным учёта проекта и протоколам встреч партнёров.`,
};
const DISPUTE_REASON = {
  CN: "数值与双方会议纪要不一致，请核对。",
  RU: "Значение не совпадает с протоколом совместного совещания, просим проверить.",
};
const RETURN_FIXES = { CN: ["补充附件：验收报告", "注明统计口径"], RU: ["Приложить акт приёмки", "Указать методику расчёта"] };

/**
 * Status by the age of the round: older rounds are verified or settled (a few disputes and
 * withdrawals stay), the latest round is partly still waiting for the counterpart, depending on
 * how quickly that organization verifies.
 */
function pickStatus(rng: Rng, latest: boolean, verifier: string): Status {
  const r = rng();
  const waiting = (VERIFY_SLOWNESS[verifier] ?? 0.2) * (latest ? 1 : 0.08);
  if (r < waiting) return "SUBMITTED";
  if (r < waiting + (latest ? 0.06 : 0.02)) return "DISPUTED";
  if (r < waiting + (latest ? 0.1 : 0.03)) return "RETURNED";
  if (r < waiting + (latest ? 0.16 : 0.04)) return latest ? "DRAFT" : "WITHDRAWN";
  return "VERIFIED";
}

const flow = (i: IndicatorRow) => i.flags.includes("flow");

/**
 * Evidence per reporting period for the indicators the project's sector reports, the score
 * snapshot after each round, verification histories and, on some items, a real PDF
 * attachment. `fixed` pins who reports an indicator on the flagship project (the demo
 * discussion refers to those items).
 */
export function seedEvidence(
  batch: Batch,
  projectId: string,
  code: string,
  p: PortfolioProject,
  ids: Ids,
  indicators: IndicatorRow[],
  rng: Rng,
  model: ActiveModel,
  uuid: (rng: Rng) => string,
) {
  const members: Member[] = [p.lead, ...p.partners].map((k) => ({ key: k, ...ids.orgs.get(k)! }));
  const allowed = new Set(SECTOR_INDICATORS[p.sector]);
  const reach = p.stage + (p.maturity > 0.6 ? 1 : 0);
  const usable = indicators.filter(
    (i) => allowed.has(i.code) && i.stageTag <= reach && (!REPORTERS[i.code] || members.some((m) => REPORTERS[i.code].includes(m.key))),
  );
  // The level each indicator reaches at the project's maturity, and who reports it.
  const level = new Map(usable.map((i) => [i.code, Math.max(0.05, Math.min(1, p.maturity + (rng() - 0.5) * 0.35))]));
  const reporter = new Map(
    usable.map((i) => {
      const fit = members.filter((m) => !REPORTERS[i.code] || REPORTERS[i.code].includes(m.key));
      const fixed = p.reporters?.[i.code];
      return [i.code, fit.find((m) => m.key === fixed) ?? fit[Math.floor(rng() * fit.length)]];
    }),
  );
  const scored: Parameters<typeof seedSnapshotRow>[1][number][] = [];
  for (const [phase, period] of PERIODS.entries()) {
    if (period.end < p.start) continue;
    const latest = phase === PERIODS.length - 1;
    const before = batch.evidence.length;
    const mark = {
      texts: batch.texts.length,
      verifications: batch.verifications.length,
      attachments: batch.attachments.length,
      scored: scored.length,
    };
    const days = (day(period.end).getTime() - day(period.start).getTime()) / 86_400_000 + 1;
    for (const ind of usable) {
      if (rng() > (p.reporters?.[ind.code] ? 1 : 0.85)) continue;
      const share = level.get(ind.code)!;
      // Flows: each side reports its own part of the period's amount; stocks: one side reports the level reached.
      const items = flow(ind)
        ? (() => {
            const perPeriod = share * ind.upper * (days / 365.25);
            const cn = 0.35 + rng() * 0.3;
            const sides = (["CN", "RU"] as const).map((c) => members.find((m) => m.country === c)!).filter(Boolean);
            return sides.map((m) => ({ by: m, raw: perPeriod * (m.country === "CN" ? cn : 1 - cn) }));
          })()
        : [
            {
              by: reporter.get(ind.code)!,
              raw:
                ind.direction === "COST"
                  ? ind.upper - share * GROWTH[phase] * (ind.upper - ind.lower)
                  : ind.lower + share * GROWTH[phase] * (ind.upper - ind.lower) * (1 + (rng() - 0.5) * 0.1),
            },
          ];
      for (const { by, raw } of items) {
        const value = roundForUnit(ind.unit, ind.kind, ind.kind === "ORDINAL" ? 4 * share * GROWTH[phase] : raw);
        if (value <= 0 && ind.direction !== "COST") continue;
        const counterpart = members.find((m) => m.country !== by.country) ?? members[0];
        const status = p.latestStatus?.[ind.code] && latest ? p.latestStatus[ind.code] : pickStatus(rng, latest, counterpart.key);
        addItem(batch, scored, { projectId, code, ind, by, counterpart, status, value, period, ids, rng, uuid });
      }
    }
    // A silent round is generated and then dropped, so every other project's random draws stay as they were.
    if (p.silentRounds?.includes(phase)) {
      batch.evidence.length = before;
      batch.texts.length = mark.texts;
      batch.verifications.length = mark.verifications;
      batch.attachments.length = mark.attachments;
      scored.length = mark.scored;
    }
    if (batch.evidence.length === before) continue;
    // Dated after the end of its period so the history charts have points over time.
    batch.snapshots.push(seedSnapshotRow(projectId, scored, model, new Date(`${period.scoredAt}T09:00:00Z`)));
  }
}

type Item = {
  projectId: string;
  code: string;
  ind: IndicatorRow;
  by: Member;
  counterpart: Member;
  status: Status;
  value: number;
  period: (typeof PERIODS)[number];
  ids: Ids;
  rng: Rng;
  uuid: (rng: Rng) => string;
};

function addItem(batch: Batch, scored: Parameters<typeof seedSnapshotRow>[1][number][], it: Item) {
  const { ind, by, counterpart, status, value, period, ids, rng, uuid } = it;
  const returnedBefore = status === "VERIFIED" && rng() < 0.15;
  const id = uuid(rng);
  const submittedAt = day(period.scoredAt);
  const submitter = ids.usersByOrg.get(by.key) ?? null;
  batch.evidence.push({
    id,
    projectId: it.projectId,
    indicatorId: ind.id,
    value,
    periodStart: day(period.start),
    periodEnd: day(period.end),
    status,
    originalLocale: by.country === "CN" ? "zh" : "ru",
    version: returnedBefore ? 2 : 1,
    submittedById: submitter,
    organizationId: by.id,
    submittedAt: status === "DRAFT" ? null : submittedAt,
    createdAt: submittedAt,
  });
  scored.push({
    id,
    indicatorId: ind.id,
    value,
    status,
    periodStart: day(period.start),
    periodEnd: day(period.end),
    createdAt: submittedAt,
    country: by.country,
  });
  batch.texts.push({
    evidenceId: id,
    locale: by.country === "CN" ? "zh" : "ru",
    narrative: NARRATIVE[by.country](ind.code, String(value)),
    source: "ORIGINAL",
    sourceVersion: 1,
  });
  // Some items carry the document they rest on: a one-page PDF certificate or statement.
  if ((status === "VERIFIED" || status === "SUBMITTED") && !flow(ind) && rng() < 0.12) {
    const orgName = DEMO_ORGANIZATIONS.find((o) => o.key === by.key)?.nameEn ?? by.key;
    const bytes = textPdf(`Evidence statement ${it.code} / ${ind.code}`, [
      `Project: ${it.code}`,
      `Indicator: ${ind.code} ${ind.nameEn}`,
      `Value: ${value} (${ind.unit})`,
      `Period: ${period.start} to ${period.end}`,
      `Reported by: ${orgName}`,
      "Demo data generated by the Synergia seed; not a real document.",
    ]);
    batch.attachments.push({
      id: uuid(rng),
      evidenceId: id,
      fileName: `${it.code}-${ind.code}-${period.end}.pdf`,
      mimeType: "application/pdf",
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
      data: bytes,
      uploadedById: submitter,
      createdAt: submittedAt,
    });
  }
  const verifier = { userId: ids.usersByOrg.get(counterpart.key) ?? null, organizationId: counterpart.id };
  const at = (days: number) => new Date(submittedAt.getTime() + days * 86_400_000);
  const decide = (decision: "CONFIRM" | "DISPUTE" | "RETURN", days: number, evidenceVersion: number) =>
    batch.verifications.push({
      id: uuid(rng),
      evidenceId: id,
      ...verifier,
      decision,
      reason: decision === "DISPUTE" ? DISPUTE_REASON[counterpart.country] : null,
      fixes: decision === "RETURN" ? RETURN_FIXES[counterpart.country] : [],
      evidenceVersion,
      createdAt: at(days),
    });
  if (returnedBefore) decide("RETURN", 2, 1);
  if (status === "VERIFIED") decide("CONFIRM", 3 + Math.floor(rng() * 12), returnedBefore ? 2 : 1);
  if (status === "DISPUTED") decide("DISPUTE", 4, 1);
  if (status === "RETURNED") decide("RETURN", 3, 1);
}
