import { beforeEach, describe, expect, it } from "vitest";

import { resetDb, testDb, testSql } from "./helpers/db";
import { clientHoldingStatement } from "./helpers/holding-client";

const LOCK = 4_242;

describe("database transactions", () => {
  beforeEach(resetDb);

  it("commit nothing when they time out, even a statement sent after the rollback", async () => {
    const held = clientHoldingStatement((sql) => /insert into "public"."login_attempts"/i.test(sql) && sql.includes("$2"));
    try {
      const failed = held.db
        .$transaction(
          async (tx) => {
            await tx.$executeRaw`select pg_advisory_xact_lock(${LOCK}::int)`;
            await tx.$executeRaw`insert into login_attempts (email, ip, success) values ('first@example.org', '192.0.2.1', false)`;
            // The second write stalls on its way to the database until after the timeout.
            await tx.loginAttempt.create({ data: { email: "second@example.org", ip: "192.0.2.1", success: false } });
          },
          { timeout: 500 },
        )
        .then(
          () => "committed",
          (e: unknown) => e,
        );
      await held.reached;
      // The lock is free once the timed-out transaction has been rolled back.
      await testSql().begin((sql) => sql`select pg_advisory_xact_lock(${LOCK})`);
      held.release();
      expect(await failed).toBeInstanceOf(Error);
      expect(await testDb().loginAttempt.findMany({ select: { email: true } })).toEqual([]);
    } finally {
      await held.db.$disconnect();
    }
  });

  it("let a write that a busy machine stalls past five seconds finish (Prisma's default would fail it)", async () => {
    const written = await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`select pg_sleep(5.5)`;
      return tx.loginAttempt.create({ data: { email: "slow@example.org", ip: "192.0.2.1", success: false }, select: { email: true } });
    });
    expect(written).toEqual({ email: "slow@example.org" });
    expect(await testDb().loginAttempt.count()).toBe(1);
  });
});
