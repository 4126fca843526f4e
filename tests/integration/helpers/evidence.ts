import { catalogSnapshot } from "@/lib/catalog/snapshot";
import type { Prisma } from "@/lib/db/client";
import type { TEvidenceFields } from "@/lib/evidence/schema";
import { defaultScoringModel } from "@/lib/scoring";

import { createOrganization, createUser, testDb, uniqueName } from "./db";

export { samples } from "../../unit/evidence-samples";

/** Three indicators (one per dimension: a percentage, an ordinal, a count) and an active model. */
export async function createCatalog() {
  const db = testDb();
  const base = {
    direction: "BENEFIT" as const,
    weight: 1,
    flags: [],
    definitionEn: "d",
    definitionZh: "定义",
    definitionRu: "определение",
  };
  const percent = await db.indicator.create({
    data: {
      ...base,
      code: uniqueName("T"),
      dimension: "TECHNOLOGY",
      stageTag: 1,
      unit: "%",
      kind: "QUANTITATIVE",
      lower: 0,
      upper: 100,
      nameEn: "Localization rate",
      nameZh: "本地化率",
      nameRu: "Уровень локализации",
    },
  });
  const ordinal = await db.indicator.create({
    data: {
      ...base,
      code: uniqueName("I"),
      dimension: "INSTITUTIONAL",
      stageTag: 2,
      unit: "level",
      kind: "ORDINAL",
      lower: 0,
      upper: 4,
      nameEn: "IP registration maturity",
      nameZh: "知识产权登记成熟度",
      nameRu: "Зрелость регистрации ИС",
    },
  });
  const count = await db.indicator.create({
    data: {
      ...base,
      code: uniqueName("R"),
      dimension: "RESOURCE",
      stageTag: 1,
      unit: "people",
      kind: "QUANTITATIVE",
      lower: 0,
      upper: 500,
      nameEn: "Engineers trained",
      nameZh: "培训工程师",
      nameRu: "Подготовлено инженеров",
    },
  });
  const rows = [percent, ordinal, count];
  await db.scoringModel.create({
    data: {
      version: 1,
      config: defaultScoringModel as unknown as Prisma.InputJsonValue,
      catalog: catalogSnapshot(rows) as unknown as Prisma.InputJsonValue,
      active: true,
      activatedAt: new Date(),
    },
  });
  return { percent, ordinal, count };
}

/** An active joint project in Harbin with these partners (e.g. a second project of a world's organizations). */
export async function createJointProject(partners: Prisma.ProjectPartnerUncheckedCreateWithoutProjectInput[]) {
  return testDb().jointProject.create({
    data: {
      code: uniqueName("SR"),
      sector: "INTELLIGENT_MANUFACTURING",
      location: "Harbin",
      declaredStage: 1,
      status: "ACTIVE",
      startDate: new Date("2025-01-01"),
      originalLocale: "en",
      texts: { create: { locale: "en", title: "Joint robot assembly line", summary: "s", source: "ORIGINAL", sourceVersion: 1 } },
      partners: { create: partners },
    },
  });
}

/**
 * An ACTIVE project with accepted partners: a Chinese and a Russian organization (one user
 * each), a second Chinese member, and a Russian organization that is not a member.
 */
export async function createProjectWorld() {
  const cnOrg = await createOrganization({ country: "CN" });
  const cnOrg2 = await createOrganization({ country: "CN" });
  const ruOrg = await createOrganization({ country: "RU", cityEn: "Vladivostok", cityZh: "符拉迪沃斯托克", cityRu: "Владивосток" });
  const outsiderOrg = await createOrganization({ country: "RU", cityEn: "Moscow", cityZh: "莫斯科", cityRu: "Москва" });
  const project = await createJointProject([
    { organizationId: cnOrg.id, role: "LEAD", status: "ACCEPTED" },
    { organizationId: cnOrg2.id, role: "PARTNER", status: "ACCEPTED" },
    { organizationId: ruOrg.id, role: "PARTNER", status: "ACCEPTED" },
  ]);
  const [cn, cn2, ru, outsider, organizer, admin] = await Promise.all([
    createUser({ organizationId: cnOrg.id, locale: "zh" }),
    createUser({ organizationId: cnOrg2.id, locale: "zh" }),
    createUser({ organizationId: ruOrg.id, locale: "ru" }),
    createUser({ organizationId: outsiderOrg.id, locale: "ru" }),
    createUser({ role: "ORGANIZER" }),
    createUser({ role: "ADMIN" }),
  ]);
  return { project, cn, cn2, ru, outsider, organizer, admin };
}

export function fields(indicatorId: string, overrides: Partial<TEvidenceFields> = {}): TEvidenceFields {
  return {
    indicatorId,
    value: 42,
    periodStart: "2025-01-01",
    periodEnd: "2025-06-30",
    originalLocale: "zh",
    narrative: "装配线本地化率达到百分之四十二。",
    translations: {},
    sourceUrl: "https://example.org/report",
    confirmOutlier: false,
    ...overrides,
  };
}

/** Row counts of everything an evidence write may touch, to prove a refusal changed nothing. */
export async function counts() {
  const db = testDb();
  const [evidence, texts, attachments, verifications, snapshots, audit] = await Promise.all([
    db.evidence.count(),
    db.evidenceText.count(),
    db.evidenceAttachment.count(),
    db.verification.count(),
    db.scoreSnapshot.count(),
    db.auditLog.count(),
  ]);
  return { evidence, texts, attachments, verifications, snapshots, audit };
}
