import { INDICATOR_SEEDS } from "@/lib/catalog/indicators";
import { catalogSnapshot, toIndicatorDef } from "@/lib/catalog/snapshot";
import type { DbTx, Prisma } from "@/lib/db/client";
import { articleScoringModel, scorePortfolio } from "@/lib/scoring";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Seeds the indicator catalog and scoring model version 1 (active) with the article model's
 * configuration (Wang et al. coupling, feature-based stages, missing indicators as 0; see
 * lib/scoring/README.md). Does nothing when a catalog or a model already exists.
 *
 * Version 1's context is frozen here, from the empty portfolio: with goalpost normalization
 * and expert weights it does not depend on the projects at all, so it is exactly what an
 * activation would freeze later, and snapshots can be recorded from the first evidence on.
 */
export async function seedCatalogAndModel(tx: DbTx): Promise<void> {
  if ((await tx.indicator.count()) > 0 || (await tx.scoringModel.count()) > 0) return;
  // One statement: the seed runs inside one transaction, which must stay short on a busy machine.
  await tx.indicator.createMany({
    data: INDICATOR_SEEDS.map((seed) => ({
      code: seed.code,
      dimension: seed.dimension,
      stageTag: seed.stageTag,
      unit: seed.unit,
      direction: seed.direction,
      kind: seed.kind,
      lower: seed.lower,
      upper: seed.upper,
      weight: seed.weight,
      flags: seed.flags,
      nameEn: seed.name.en,
      nameZh: seed.name.zh,
      nameRu: seed.name.ru,
      definitionEn: seed.definition.en,
      definitionZh: seed.definition.zh,
      definitionRu: seed.definition.ru,
    })),
  });
  const catalog = catalogSnapshot(await tx.indicator.findMany());
  const config = { ...articleScoringModel, version: 1 };
  const { context } = scorePortfolio({ indicators: catalog.map(toIndicatorDef), projects: [] }, config);
  await tx.scoringModel.create({
    data: {
      version: 1,
      config: json(config),
      catalog: json(catalog),
      context: json(context),
      active: true,
      note: "Seeded catalog, article model",
      activatedAt: new Date(),
    },
  });
  await tx.auditLog.create({
    data: { actorId: null, action: "seed.catalog", entityType: "ScoringModel", entityId: "1", after: { indicators: catalog.length } },
  });
}
