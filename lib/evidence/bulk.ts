import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { evidenceBatchDecided } from "@/lib/notifications/triggers";
import { recordScoreSnapshot, type LockedProject } from "@/lib/scores/record";

import type { TConfirmMany } from "./schema";
import { applyDecision } from "./transitions";

/**
 * The items in the order of their projects' ids, and in the order given within a project. Each
 * decision locks its project's row until the transaction ends (lib/scores/project-lock.ts); in
 * the order given, two confirmations over the same projects (a1, b1 and b2, a2) or one and a
 * re-score chunk (which locks in id order) could each hold a project the other waits for, and
 * PostgreSQL would fail one with "deadlock detected". In one order they queue instead.
 */
async function inProjectOrder<T extends { id: string }>(tx: DbTx, items: T[]): Promise<T[]> {
  const rows = await tx.$queryRaw<{ id: string; project_id: string }[]>`
    SELECT id::text AS id, project_id::text AS project_id FROM evidence WHERE id = ANY(${items.map((i) => i.id)}::uuid[])`;
  const projectOf = new Map(rows.map((r) => [r.id, r.project_id]));
  // An unknown id sorts last and is refused there as before.
  const key = (item: T) => projectOf.get(item.id) ?? "~";
  return items.toSorted((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export type BulkResult = { confirmed: string[]; refused: { id: string; code: string }[] };

/**
 * Confirms many items in one action. Each is still checked on its own by the counterpart rules
 * and its version (one that may not be confirmed is reported, not fatal), each is audited; the
 * projects are re-scored once each and every author hears about their items in one batch.
 */
export async function confirmMany(actor: Actor, input: TConfirmMany): Promise<BulkResult> {
  assertCan(actor, "verification.queue");
  return getDb().$transaction(
    async (tx) => {
      const result: BulkResult = { confirmed: [], refused: [] };
      const decided = [];
      const projects = new Map<string, LockedProject>();
      for (const item of await inProjectOrder(tx, input.items)) {
        try {
          const { before, project } = await applyDecision(tx, actor, { ...item, decision: "CONFIRM" });
          decided.push(before);
          projects.set(project.id, project);
          result.confirmed.push(item.id);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          result.refused.push({ id: item.id, code: error.code });
        }
      }
      // Reported in the order the person listed them.
      const listed = new Map(input.items.map((item, i) => [item.id, i]));
      const byListing = (a: string, b: string) => listed.get(a)! - listed.get(b)!;
      result.confirmed.sort(byListing);
      result.refused.sort((a, b) => byListing(a.id, b.id));
      for (const project of projects.values()) {
        await recordScoreSnapshot(tx, project, { kind: "verification.confirm" });
      }
      await evidenceBatchDecided(tx, decided, "CONFIRM", actor.id);
      return result;
    },
    { timeout: 60_000 },
  );
}
