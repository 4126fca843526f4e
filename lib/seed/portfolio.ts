import type { DbTx } from "@/lib/db/client";
import { buildSearchText } from "@/lib/projects/texts";
import { regionOfPlace } from "@/lib/regions/catalog";
import { mulberry32 } from "@/lib/scoring";

import { DEMO_ORGANIZATIONS } from "./demo-data";
import { seedEvidence, type Batch, type Ids } from "./evidence";
import { PORTFOLIO, type PortfolioProject } from "./portfolio-projects";
import { loadSeedModel } from "./snapshots";

type Rng = () => number;

/** Which of the article's initiatives a demo project of each sector is aligned with. */
const ALIGNMENT: Record<PortfolioProject["sector"], ("BELT_AND_ROAD" | "EAEU" | "DIGITAL_SILK_ROAD")[]> = {
  ENERGY_GRID: ["BELT_AND_ROAD"],
  INTELLIGENT_MANUFACTURING: ["BELT_AND_ROAD", "EAEU"],
  DIGITAL_PLATFORMS: ["DIGITAL_SILK_ROAD"],
  TRANSPORT_LOGISTICS: ["BELT_AND_ROAD", "EAEU"],
  AGRICULTURE: [],
  EDUCATION_TALENT: [],
  OTHER: ["EAEU"],
};
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
      regionCode: regionOfPlace(p.location),
      alignment: [...ALIGNMENT[p.sector]],
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

/**
 * About forty joint projects across every sector and stage, CN+RU partners from the demo
 * organizations, evidence by sector in every status with verification histories, some PDF
 * attachments and a score snapshot per reporting round. Deterministic (seeded PRNG). Needs the catalog and an active model.
 */
export async function seedPortfolio(tx: DbTx): Promise<{ projects: number; evidence: number; attachments: number }> {
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
  const batch: Batch = { evidence: [], texts: [], verifications: [], attachments: [], snapshots: [] };
  const counters = new Map<number, number>();
  for (const p of PORTFOLIO) {
    const year = Number(p.start.slice(0, 4));
    counters.set(year, (counters.get(year) ?? 0) + 1);
    const code = `SR-${year}-${String(counters.get(year)).padStart(4, "0")}`;
    const id = await createProject(tx, p, code, { orgs, usersByOrg }, rng);
    if (p.status !== "DRAFT") seedEvidence(batch, id, code, p, { orgs, usersByOrg }, indicators, rng, model, uuid);
  }
  await tx.evidence.createMany({ data: batch.evidence });
  await tx.evidenceText.createMany({ data: batch.texts });
  await tx.verification.createMany({ data: batch.verifications });
  await tx.evidenceAttachment.createMany({ data: batch.attachments });
  await tx.scoreSnapshot.createMany({ data: batch.snapshots });
  // The latest snapshot's figures on the project row, for the list's filters and sorting.
  await tx.$executeRaw`
    UPDATE joint_projects p SET latest_d = s.d, latest_level = s.level, latest_stage = s.stage
    FROM (SELECT DISTINCT ON (project_id) project_id, d, level, stage FROM score_snapshots ORDER BY project_id, computed_at DESC) s
    WHERE s.project_id = p.id`;
  return { projects: PORTFOLIO.length, evidence: batch.evidence.length, attachments: batch.attachments.length };
}
