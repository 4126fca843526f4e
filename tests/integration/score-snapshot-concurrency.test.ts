import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { confirmMany } from "@/lib/evidence/bulk";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence } from "@/lib/evidence/transitions";
import { restrictToModel } from "@/lib/scores/model";
import { fingerprint, getActiveModel, loadProjectInput } from "@/lib/scores/service";

import { resetDb, testDb, testSql } from "./helpers/db";
import { createCatalog, createJointProject, createProjectWorld, fields } from "./helpers/evidence";
import { createPeriodWorld } from "./helpers/periods";

/**
 * Two partners submit evidence and the counterpart confirms an earlier item of the same project
 * at the same moment. Whatever order they finish in, the project's score (its page, the project
 * list, the portfolio dashboard) must count all three, and none of them may fail.
 *
 * To have all three in flight together, a transaction holds the scoring model's rows as an
 * administrator's activation does; each action starts once the one before waits for a lock, and
 * the model is let go once all three wait.
 */
async function waitForLockWaiters(count: number) {
  for (let i = 0; i < 800; i++) {
    const [row] = await testSql()<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    if (row.n >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`fewer than ${count} transactions wait for a lock`);
}

async function inFlightTogether(actions: (() => Promise<unknown>)[]) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const activation = testDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM scoring_models FOR UPDATE`;
    locked();
    await released;
  });
  await isLocked;
  const running: Promise<unknown>[] = [];
  try {
    for (const [i, action] of actions.entries()) {
      running.push(action());
      await waitForLockWaiters(i + 1);
    }
  } finally {
    release();
    await activation;
  }
  return Promise.all(running);
}

type World = Awaited<ReturnType<typeof createProjectWorld>> & { periodId?: string };

/** The latest snapshot counts `counted` indicators and is the score of what is stored now; every view shows it. */
async function expectScoreOfEverything(w: World, counted: number, periodEntries?: number) {
  const db = testDb();
  const latest = await db.scoreSnapshot.findFirstOrThrow({
    where: { projectId: w.project.id },
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
  });
  expect((latest.result as { countedIndicators: number }).countedIndicators).toBe(counted);
  const active = await getActiveModel(db);
  const input = restrictToModel(await loadProjectInput(db, w.project.id), active);
  expect(latest.fingerprint).toBe(fingerprint(active.version, input));
  const project = await db.jointProject.findUniqueOrThrow({ where: { id: w.project.id } });
  expect([project.latestD, project.latestLevel, project.latestStage]).toEqual([latest.d, latest.level, latest.stage]);
  const dashboard = await db.portfolioLatestScore.findUniqueOrThrow({ where: { projectId: w.project.id } });
  expect(dashboard.snapshotId).toBe(latest.id);
  if (w.periodId) {
    const key = { periodId_projectId: { periodId: w.periodId, projectId: w.project.id } };
    const period = await db.portfolioPeriodScore.findUniqueOrThrow({ where: key });
    expect([period.snapshotId, period.entries]).toEqual([latest.id, periodEntries]);
  }
}

const submit = (w: World, author: Actor, indicatorId: string, value: number, days: { periodStart: string; periodEnd: string }) =>
  evidence.createEvidence(author, { projectId: w.project.id, fields: fields(indicatorId, { value, ...days }) }, [], "submit");

describe("the score of a project written to by several people at once", () => {
  it("counts two submissions and a confirmation that arrive together", async () => {
    await resetDb();
    const c = await createCatalog();
    const w: World = await createProjectWorld();
    const q1 = { periodStart: "2025-01-01", periodEnd: "2025-03-31" };
    const earlier = await submit(w, w.cn, c.percent.id, 40, q1);
    await inFlightTogether([
      () => submit(w, w.cn2, c.ordinal.id, 2, q1),
      () => submit(w, w.ru, c.count.id, 120, q1),
      () => decideEvidence(w.ru, { id: earlier.id, version: earlier.version, decision: "CONFIRM" }),
    ]);
    const statuses = await testDb().evidence.findMany({ where: { projectId: w.project.id }, select: { status: true } });
    expect(statuses.map((e) => e.status).sort()).toEqual(["SUBMITTED", "SUBMITTED", "VERIFIED"]);
    await expectScoreOfEverything(w, 3);
  });

  it("counts them, and fails none, when some are in a reporting period and one is not", async () => {
    // Evidence in a period also writes the period's row of the dashboard; a snapshot writes it
    // too. The item outside the period goes first, so it is the one scoring while the others wait.
    await resetDb();
    const world = await createPeriodWorld();
    const w: World = { ...world, periodId: world.period.id };
    const inPeriod = { periodStart: "2026-01-01", periodEnd: "2026-03-31" };
    const earlier = await submit(w, w.cn, world.percent.id, 40, inPeriod);
    await inFlightTogether([
      () => submit(w, w.ru, world.count.id, 120, { periodStart: "2025-01-01", periodEnd: "2025-03-31" }),
      () => submit(w, w.cn2, world.ordinal.id, 2, inPeriod),
      () => confirmMany(w.ru, { items: [{ id: earlier.id, version: earlier.version }] }),
    ]);
    await expectScoreOfEverything(w, 3, 2);
  });

  it("lets two bulk confirmations over the same two projects, listed in opposite orders, both through", async () => {
    // Each decision holds its project until the transaction ends: in the order listed, one
    // confirmation would hold the first project and wait for the second while the other holds the
    // second and waits for the first, and PostgreSQL would fail one of them.
    await resetDb();
    const c = await createCatalog();
    const w: World = await createProjectWorld();
    const partners = await testDb().projectPartner.findMany({ where: { projectId: w.project.id } });
    const other = await createJointProject(partners.map(({ organizationId, role, status }) => ({ organizationId, role, status })));
    const q1 = { periodStart: "2025-01-01", periodEnd: "2025-03-31" };
    const on = (projectId: string, indicatorId: string) =>
      evidence.createEvidence(w.cn, { projectId, fields: fields(indicatorId, { value: 2, ...q1 }) }, [], "submit");
    const [a1, a2] = [await on(w.project.id, c.ordinal.id), await on(w.project.id, c.count.id)];
    const [b1, b2] = [await on(other.id, c.ordinal.id), await on(other.id, c.count.id)];
    const item = (e: { id: string; version: number }) => ({ id: e.id, version: e.version });
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        confirmMany(w.ru, { items: [item(a1), item(b1)] }),
        confirmMany(w.ru, { items: [item(b2), item(a2)] }),
      ]);
      // Reported in the order listed, each confirmed once.
      expect(results.map((r) => r.confirmed)).toEqual(
        round === 0
          ? [
              [a1.id, b1.id],
              [b2.id, a2.id],
            ]
          : [[], []],
      );
    }
    const statuses = await testDb().evidence.findMany({ where: { id: { in: [a1.id, a2.id, b1.id, b2.id] } }, select: { status: true } });
    expect(statuses.map((e) => e.status)).toEqual(["VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"]);
  });
});
