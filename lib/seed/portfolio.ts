import type { DbTx, Prisma } from "@/lib/db/client";
import { buildSearchText } from "@/lib/projects/texts";
import type { ActiveModel } from "@/lib/scores/model";
import { mulberry32 } from "@/lib/scoring";

import { DEMO_ORGANIZATIONS } from "./demo-data";
import { PORTFOLIO, type PortfolioProject } from "./portfolio-projects";
import { loadSeedModel, seedSnapshotRow } from "./snapshots";

type Ids = { orgs: Map<string, { id: string; country: "CN" | "RU" }>; usersByOrg: Map<string, string> };
type Rng = () => number;
type Locale = "en" | "zh" | "ru";

/** Deterministic v4-shaped UUIDs, so a re-seeded database has the same ids. */
export function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Reporting periods the evidence describes; one score snapshot is recorded after each. */
const PERIODS = [
  { start: "2025-01-01", end: "2025-06-30", scoredAt: "2025-07-10" },
  { start: "2025-07-01", end: "2025-12-31", scoredAt: "2026-01-12" },
  { start: "2026-01-01", end: "2026-06-30", scoredAt: "2026-07-09" },
  { start: "2026-07-01", end: "2026-10-31", scoredAt: "2026-11-16" },
];

const NARRATIVE: Record<"CN" | "RU", (code: string, value: string) => string> = {
  CN: (code, value) => `指标 ${code} 本期数值为 ${value}，依据项目台账和合作方会议纪要。`,
  RU: (code, value) => `Значение показателя ${code} за период: ${value}; по данным учёта проекта и протоколам встреч партнёров.`,
};
const DISPUTE_REASON = {
  CN: "数值与双方会议纪要不一致，请核对。",
  RU: "Значение не совпадает с протоколом совместного совещания, просим проверить.",
};
const RETURN_FIXES = { CN: ["补充附件：验收报告", "注明统计口径"], RU: ["Приложить акт приёмки", "Указать методику расчёта"] };

function pickStatus(rng: Rng) {
  const r = rng();
  if (r < 0.5) return "VERIFIED" as const;
  if (r < 0.68) return "SUBMITTED" as const;
  if (r < 0.77) return "DISPUTED" as const;
  if (r < 0.85) return "RETURNED" as const;
  if (r < 0.95) return "DRAFT" as const;
  return "WITHDRAWN" as const;
}

async function createProject(tx: DbTx, p: PortfolioProject, code: string, ids: Ids, rng: Rng) {
  const leadUser = ids.usersByOrg.get(p.lead) ?? null;
  const textVersion = p.stale ? 2 : 1;
  const texts = (Object.entries(p.t) as [Locale, readonly [string, string]][]).map(([locale, [title, summary]]) => ({
    locale,
    title,
    summary,
    source: locale === p.o ? ("ORIGINAL" as const) : ("HUMAN" as const),
    sourceVersion: locale === p.o ? textVersion : 1,
    updatedById: leadUser,
  }));
  const id = uuid(rng);
  await tx.jointProject.create({
    data: {
      id,
      code,
      sector: p.sector,
      location: p.location,
      declaredStage: p.stage,
      // Created as a draft: the countries rule is checked when the status is set below.
      status: "DRAFT",
      startDate: day(p.start),
      endDate: p.end ? day(p.end) : null,
      originalLocale: p.o,
      textVersion,
      searchText: buildSearchText(texts),
      createdById: leadUser,
      texts: { create: texts },
    },
  });
  const org = (key: string) => ids.orgs.get(key)!.id;
  await tx.projectPartner.createMany({
    data: [
      {
        projectId: id,
        organizationId: org(p.lead),
        role: "LEAD" as const,
        status: "ACCEPTED" as const,
        invitedById: leadUser,
        respondedById: leadUser,
        respondedAt: day(p.start),
      },
      ...p.partners.map((k) => ({
        projectId: id,
        organizationId: org(k),
        role: "PARTNER" as const,
        status: "ACCEPTED" as const,
        invitedById: leadUser,
        respondedById: ids.usersByOrg.get(k) ?? null,
        respondedAt: day(p.start),
      })),
      ...(p.pending
        ? [{ projectId: id, organizationId: org(p.pending), role: "PARTNER" as const, status: "PENDING" as const, invitedById: leadUser }]
        : []),
    ],
  });
  if (p.status !== "DRAFT") await tx.jointProject.update({ where: { id }, data: { status: p.status } });
  return id;
}

type Batch = {
  evidence: Prisma.EvidenceCreateManyInput[];
  texts: Prisma.EvidenceTextCreateManyInput[];
  verifications: Prisma.VerificationCreateManyInput[];
  snapshots: ReturnType<typeof seedSnapshotRow>[];
};
type IndicatorRow = { id: string; code: string; stageTag: number; lower: number; upper: number; direction: string; kind: string };

/** Evidence per reporting period and the score snapshot after each, collected for bulk insertion. */
function seedEvidence(
  batch: Batch,
  projectId: string,
  p: PortfolioProject,
  ids: Ids,
  indicators: IndicatorRow[],
  rng: Rng,
  model: ActiveModel,
) {
  const scored: Parameters<typeof seedSnapshotRow>[1][number][] = [];
  const members = [p.lead, ...p.partners].map((k) => ({ key: k, ...ids.orgs.get(k)! }));
  const usable = indicators.filter((i) => i.stageTag <= p.stage + (p.maturity > 0.6 ? 1 : 0));
  for (const [phase, period] of PERIODS.entries()) {
    if (period.end < p.start) continue;
    const progress = Math.min(1, p.maturity * (0.55 + 0.15 * phase));
    const chosen = usable.filter(() => rng() < 0.45 + 0.1 * phase);
    const { evidence, texts, verifications } = batch;
    const before = evidence.length;
    for (const ind of chosen) {
      const by = members[Math.floor(rng() * members.length)];
      const counterpart = members.find((m) => m.country !== by.country) ?? members[0];
      const share = Math.max(0, Math.min(1, progress + (rng() - 0.5) * 0.3));
      const raw = ind.direction === "COST" ? ind.upper - share * (ind.upper - ind.lower) : ind.lower + share * (ind.upper - ind.lower);
      const value = ind.kind === "ORDINAL" ? Math.round(raw) : Math.round(raw * 10) / 10;
      const status = pickStatus(rng);
      const returnedBefore = status === "VERIFIED" && rng() < 0.2;
      const id = uuid(rng);
      const submittedAt = day(period.scoredAt);
      evidence.push({
        id,
        projectId,
        indicatorId: ind.id,
        value,
        periodStart: day(period.start),
        periodEnd: day(period.end),
        status,
        originalLocale: by.country === "CN" ? ("zh" as const) : ("ru" as const),
        version: returnedBefore ? 2 : 1,
        submittedById: ids.usersByOrg.get(by.key) ?? null,
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
      texts.push({
        evidenceId: id,
        locale: by.country === "CN" ? ("zh" as const) : ("ru" as const),
        narrative: NARRATIVE[by.country](ind.code, String(value)),
        source: "ORIGINAL" as const,
        sourceVersion: 1,
      });
      const verifier = { userId: ids.usersByOrg.get(counterpart.key) ?? null, organizationId: counterpart.id };
      const at = (days: number) => new Date(submittedAt.getTime() + days * 86_400_000);
      if (returnedBefore)
        verifications.push({
          id: uuid(rng),
          evidenceId: id,
          ...verifier,
          decision: "RETURN" as const,
          reason: null,
          fixes: RETURN_FIXES[counterpart.country],
          evidenceVersion: 1,
          createdAt: at(2),
        });
      if (status === "VERIFIED")
        verifications.push({
          id: uuid(rng),
          evidenceId: id,
          ...verifier,
          decision: "CONFIRM" as const,
          reason: null,
          fixes: [],
          evidenceVersion: returnedBefore ? 2 : 1,
          createdAt: at(5),
        });
      if (status === "DISPUTED")
        verifications.push({
          id: uuid(rng),
          evidenceId: id,
          ...verifier,
          decision: "DISPUTE" as const,
          reason: DISPUTE_REASON[counterpart.country],
          fixes: [],
          evidenceVersion: 1,
          createdAt: at(4),
        });
      if (status === "RETURNED")
        verifications.push({
          id: uuid(rng),
          evidenceId: id,
          ...verifier,
          decision: "RETURN" as const,
          reason: null,
          fixes: RETURN_FIXES[counterpart.country],
          evidenceVersion: 1,
          createdAt: at(3),
        });
    }
    if (evidence.length === before) continue;
    // Dated after the end of its period so the history charts have points over time.
    batch.snapshots.push(seedSnapshotRow(projectId, scored, model, new Date(`${period.scoredAt}T09:00:00Z`)));
  }
}

/**
 * About forty joint projects across every sector and stage, CN+RU partners from the demo
 * organizations, evidence in every status with verification histories and a few score
 * snapshots per project. Deterministic (seeded PRNG). Needs the catalog and an active model.
 */
export async function seedPortfolio(tx: DbTx): Promise<{ projects: number; evidence: number }> {
  const rng = mulberry32(20261130);
  const orgRows = await tx.organization.findMany({ select: { id: true, nameEn: true, country: true } });
  const orgs = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key as string, orgRows.find((r) => r.nameEn === o.nameEn)!]));
  const users = await tx.user.findMany({
    where: { role: "PARTNER" },
    select: { id: true, organizationId: true },
    orderBy: { email: "asc" },
  });
  const usersByOrg = new Map(
    [...orgs].flatMap(([key, org]) => {
      const u = users.find((x) => x.organizationId === org.id);
      return u ? [[key, u.id] as const] : [];
    }),
  );
  const indicators = await tx.indicator.findMany({ where: { active: true }, orderBy: { code: "asc" } });
  // Loaded once: the seed runs inside the transaction that created the model, nothing else can activate one.
  const model = await loadSeedModel(tx);
  const batch: Batch = { evidence: [], texts: [], verifications: [], snapshots: [] };
  const counters = new Map<number, number>();
  for (const p of PORTFOLIO) {
    const year = Number(p.start.slice(0, 4));
    counters.set(year, (counters.get(year) ?? 0) + 1);
    const code = `SR-${year}-${String(counters.get(year)).padStart(4, "0")}`;
    const id = await createProject(tx, p, code, { orgs, usersByOrg }, rng);
    if (p.status !== "DRAFT") seedEvidence(batch, id, p, { orgs, usersByOrg }, indicators, rng, model);
  }
  await tx.evidence.createMany({ data: batch.evidence });
  await tx.evidenceText.createMany({ data: batch.texts });
  await tx.verification.createMany({ data: batch.verifications });
  await tx.scoreSnapshot.createMany({ data: batch.snapshots });
  // The latest snapshot's figures on the project row, for the list's filters and sorting.
  await tx.$executeRaw`
    UPDATE joint_projects p SET latest_d = s.d, latest_level = s.level, latest_stage = s.stage
    FROM (SELECT DISTINCT ON (project_id) project_id, d, level, stage FROM score_snapshots ORDER BY project_id, computed_at DESC) s
    WHERE s.project_id = p.id`;
  return { projects: PORTFOLIO.length, evidence: batch.evidence.length };
}
