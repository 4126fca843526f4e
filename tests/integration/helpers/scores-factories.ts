import { seedCatalogAndModel } from "@/lib/seed/catalog";

import { createOrganization, testDb, uniqueName } from "./db";

/** The seeded catalog and active model version 1, as a fresh installation has them. */
export async function seedCatalog() {
  await testDb().$transaction((tx) => seedCatalogAndModel(tx));
  return testDb().indicator.findMany({ orderBy: { code: "asc" } });
}

export type PartnerSpec = { country: "CN" | "RU"; status?: "PENDING" | "ACCEPTED" | "DECLINED"; organizationId?: string };

/**
 * A joint project with texts and partners, written straight to the database (the projects
 * service is not under test here). Partners default to one accepted CN and one accepted RU.
 */
export async function createProject(options: { status?: "DRAFT" | "ACTIVE" | "COMPLETED" | "SUSPENDED"; partners?: PartnerSpec[] } = {}) {
  const specs = options.partners ?? [{ country: "CN" }, { country: "RU" }];
  const orgs = await Promise.all(
    specs.map(async (spec) => spec.organizationId ?? (await createOrganization({ country: spec.country })).id),
  );
  const code = uniqueName("SR");
  return testDb().$transaction(async (tx) => {
    const project = await tx.jointProject.create({
      data: {
        code,
        sector: "INTELLIGENT_MANUFACTURING",
        location: "Harbin – Vladivostok",
        declaredStage: 1,
        status: options.status ?? "ACTIVE",
        startDate: new Date("2026-01-01"),
        originalLocale: "en",
        texts: { create: { locale: "en", title: `Project ${code}`, summary: "A test project.", source: "ORIGINAL", sourceVersion: 1 } },
      },
    });
    await tx.projectPartner.createMany({
      data: specs.map((spec, i) => ({
        projectId: project.id,
        organizationId: orgs[i],
        role: i === 0 ? ("LEAD" as const) : ("PARTNER" as const),
        status: spec.status ?? "ACCEPTED",
      })),
    });
    return { ...project, organizationIds: orgs };
  });
}

/** One evidence item entered by `organizationId` on `indicatorCode`. */
export async function createEvidence(input: {
  projectId: string;
  organizationId: string;
  indicatorCode: string;
  value: number;
  status?: "DRAFT" | "SUBMITTED" | "VERIFIED" | "DISPUTED" | "RETURNED" | "WITHDRAWN";
  periodEnd?: string;
}) {
  const indicator = await testDb().indicator.findUniqueOrThrow({ where: { code: input.indicatorCode } });
  return testDb().evidence.create({
    data: {
      projectId: input.projectId,
      organizationId: input.organizationId,
      indicatorId: indicator.id,
      value: input.value,
      status: input.status ?? "VERIFIED",
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date(input.periodEnd ?? "2026-06-30"),
      originalLocale: "en",
    },
  });
}
