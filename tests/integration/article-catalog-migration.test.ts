import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { INDICATOR_SEEDS } from "@/lib/catalog/indicators";
import { readStoredModel } from "@/lib/scores/model";
import { articleScoringModel, defaultScoringModel } from "@/lib/scoring";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";

const MIGRATION = "20261206211000_article_catalog";
const ADDED = ["T9", "I9", "I10", "I11", "R9", "R10", "R11"];
cleanUpMigrationDatabases();

/** The catalog as version 1 seeded it: 24 indicators, R5 at stage 2, no stage-feature or flow flags. */
function oldCatalog() {
  return INDICATOR_SEEDS.filter((s) => !ADDED.includes(s.code)).map((s) => ({
    id: randomUUID(),
    ...s,
    stageTag: s.code === "R5" ? 2 : s.stageTag,
    flags: s.flags.filter((f) => f === "dataGovernance" || f === "talent"),
    // An administrator's tuning: T1 twice as heavy as the rest of technology.
    weight: s.code === "T1" ? 2 / 9 : s.dimension === "TECHNOLOGY" ? 1 / 9 : 1 / 8,
  }));
}

describe(`migration ${MIGRATION}`, () => {
  it("adds the article's indicators and a new inactive article model version, leaving the active one untouched", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const old = oldCatalog();
    for (const i of old) {
      await sql`insert into indicators (id, code, dimension, stage_tag, unit, direction, kind, lower, upper, weight, flags,
                  name_en, name_zh, name_ru, definition_en, definition_zh, definition_ru, updated_at)
                values (${i.id}, ${i.code}, ${i.dimension}::"Dimension", ${i.stageTag}, ${i.unit}, ${i.direction}::"IndicatorDirection",
                  ${i.kind}::"IndicatorKind", ${i.lower}, ${i.upper}, ${i.weight}, ${i.flags}, ${i.name.en}, ${i.name.zh}, ${i.name.ru},
                  ${i.definition.en}, ${i.definition.zh}, ${i.definition.ru}, now())`;
    }
    const frozen = old.map((i) => ({ id: i.id, code: i.code, weight: i.weight, stageTag: i.stageTag }));
    const config = { ...defaultScoringModel, version: 1 };
    await sql`insert into scoring_models (id, version, config, catalog, active, note)
              values (${randomUUID()}, 1, ${sql.json(JSON.parse(JSON.stringify(config)))}, ${sql.json(frozen)}, true, 'v1')`;

    expect(await finish()).toEqual([MIGRATION]);

    const rows = await sql`select code, dimension, stage_tag, weight, flags from indicators order by code`;
    const byCode = new Map(rows.map((r) => [r.code as string, r]));
    expect(rows).toHaveLength(31);
    for (const code of ADDED) expect(byCode.has(code)).toBe(true);
    expect(byCode.get("R5")?.stage_tag).toBe(1);
    expect(byCode.get("T5")?.flags).toEqual(["platform"]);
    expect(byCode.get("I4")?.flags).toEqual(["dataGovernance", "docking"]);
    expect(byCode.get("T7")?.flags).toEqual(["flow"]);
    for (const dimension of ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"]) {
      const sum = rows.filter((r) => r.dimension === dimension).reduce((s, r) => s + (r.weight as number), 0);
      expect(sum).toBeCloseTo(1, 12);
    }
    // The administrator's proportions survive the rescaling; the new ones get their seeded weight.
    expect((byCode.get("T1")!.weight as number) / (byCode.get("T2")!.weight as number)).toBeCloseTo(2, 12);
    expect(byCode.get("T9")?.weight).toBeCloseTo(0.11, 12);

    const models = await sql`select id, version, config, catalog, context, active from scoring_models order by version`;
    expect(models.map((m) => [m.version, m.active])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(models[0].config).toEqual(config);
    expect(models[0].catalog).toEqual(frozen);
    const next = readStoredModel({ id: models[1].id, version: 2, config: models[1].config, catalog: models[1].catalog, context: null });
    expect(next.config).toEqual({ ...JSON.parse(JSON.stringify(articleScoringModel)), version: 2 });
    expect(next.indicators).toHaveLength(31);
    const audit = await sql`select action, after from audit_log`;
    expect(audit).toEqual([{ action: "migration.articleCatalog", after: { version: 2, added: ADDED, active: false } }]);
  });

  it("leaves an empty database to the seed", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    await finish();
    expect(await sql`select count(*)::int as n from indicators`).toEqual([{ n: 0 }]);
    expect(await sql`select count(*)::int as n from scoring_models`).toEqual([{ n: 0 }]);
  });
});
