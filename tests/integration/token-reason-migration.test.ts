import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";
import { oldRows } from "./helpers/old-rows";

const MIGRATION = "20261209100000_api_token_revoked_reason";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("gives tokens revoked before it the reason their audit entry recorded", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const rows = oldRows(sql);
    const owner = await rows.user("Li Wei", await rows.organization());
    const token = async (revoked: boolean) => {
      const id = randomUUID();
      await sql`insert into api_tokens (id, kind, name, token_hash, hint, scope, user_id, owner_role, expires_at, revoked_at)
                values (${id}, 'PERSONAL', 'script', ${`hash-${id}`}, 'abcd', 'READ', ${owner}, 'PARTNER',
                        now() + interval '30 days', ${revoked ? new Date() : null})`;
      return id;
    };
    const [byPasswordChange, byHand, live] = [await token(true), await token(true), await token(false)];
    const audit = (tokenId: string, after: object) =>
      sql`insert into audit_log (actor_id, action, entity_type, entity_id, before, after)
          values (${owner}, 'apiToken.revoke', 'ApiToken', ${tokenId}, ${sql.json({ revokedAt: null })}, ${sql.json(after as never)})`;
    await audit(byPasswordChange, { name: "script", reason: "passwordChanged" });
    await audit(byHand, { name: "script" });

    expect(await finish()).toEqual([MIGRATION]);

    const reasons = await sql<{ id: string; revoked_reason: string | null }[]>`select id, revoked_reason from api_tokens`;
    expect(new Map(reasons.map((r) => [r.id, r.revoked_reason]))).toEqual(
      new Map([
        [byPasswordChange, "passwordChanged"],
        [byHand, null],
        [live, null],
      ]),
    );
  });
});
