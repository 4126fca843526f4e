import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";
import { oldRows } from "./helpers/old-rows";

const MIGRATION = "20261209700000_api_token_revoked_by";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("names who revoked a token by hand before it, from the audit entry; automatic revocations name nobody", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const rows = oldRows(sql);
    const owner = await rows.user("Li Wei", await rows.organization());
    const admin = await rows.user("Anna Admin", null);
    const token = async (revoked: boolean, reason: string | null = null) => {
      const id = randomUUID();
      await sql`insert into api_tokens (id, kind, name, token_hash, hint, scope, user_id, owner_role, expires_at, revoked_at, revoked_reason)
                values (${id}, 'PERSONAL', 'script', ${`hash-${id}`}, 'abcd', 'READ', ${owner}, 'PARTNER',
                        now() + interval '30 days', ${revoked ? new Date() : null}, ${reason})`;
      return id;
    };
    const [byHand, byPasswordChange, byDeactivation, live] = [
      await token(true),
      await token(true, "passwordChanged"),
      await token(true, "deactivated"),
      await token(false),
    ];
    const audit = (actor: string, tokenId: string, after: object) =>
      sql`insert into audit_log (actor_id, action, entity_type, entity_id, before, after)
          values (${actor}, 'apiToken.revoke', 'ApiToken', ${tokenId}, ${sql.json({ revokedAt: null })}, ${sql.json(after as never)})`;
    await audit(owner, byHand, { name: "script" });
    await audit(owner, byPasswordChange, { name: "script", reason: "passwordChanged" });
    // An administrator's deactivation ended it: the administrator did not revoke the token by hand.
    await audit(admin, byDeactivation, { name: "script", reason: "deactivated" });

    expect(await finish()).toEqual([MIGRATION]);

    const revokers = await sql<{ id: string; revoked_by_id: string | null }[]>`select id, revoked_by_id from api_tokens`;
    expect(new Map(revokers.map((r) => [r.id, r.revoked_by_id]))).toEqual(
      new Map([
        [byHand, owner],
        [byPasswordChange, null],
        [byDeactivation, null],
        [live, null],
      ]),
    );
  });
});
