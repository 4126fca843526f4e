import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";

const MIGRATION = "20261206201700_one_active_scoring_model";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("keeps the most recently activated of several active models, records the others, then refuses a second one", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const model = async (version: number, active: boolean, activatedAt: string | null) => {
      const id = randomUUID();
      await sql`insert into scoring_models (id, version, config, catalog, active, activated_at)
                values (${id}, ${version}, '{}', '[]', ${active}, ${activatedAt})`;
      return id;
    };
    const older = await model(1, true, "2026-11-01T00:00:00Z");
    const newest = await model(2, true, "2026-12-01T00:00:00Z");
    const never = await model(3, true, null);
    const draft = await model(4, false, null);

    expect(await finish()).toEqual([MIGRATION]);

    const rows = await sql`select id, active from scoring_models order by version`;
    expect(rows.map((r) => [r.id, r.active])).toEqual([
      [older, false],
      [newest, true],
      [never, false],
      [draft, false],
    ]);
    const audit = await sql`select entity_id from audit_log where action = 'migration.modelDeactivated' order by entity_id`;
    expect(audit.map((a) => a.entity_id)).toEqual([older, never].sort());

    await expect(sql`update scoring_models set active = true where id = ${draft}`).rejects.toThrow(/scoring_models_one_active_key/);
    // Switching is still possible the way the service does it: off first, then on.
    await sql.begin(async (tx) => {
      await tx`update scoring_models set active = false where active`;
      await tx`update scoring_models set active = true where id = ${draft}`;
    });
    expect((await sql`select id from scoring_models where active`).map((r) => r.id)).toEqual([draft]);
  });
});
