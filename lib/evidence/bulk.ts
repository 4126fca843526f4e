import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { evidenceBatchDecided } from "@/lib/notifications/triggers";
import { recordScoreSnapshot, type LockedProject } from "@/lib/scores/record";

import type { TConfirmMany } from "./schema";
import { applyDecision } from "./transitions";

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
      for (const item of input.items) {
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
      for (const project of projects.values()) {
        await recordScoreSnapshot(tx, project, { kind: "verification.confirm" });
      }
      await evidenceBatchDecided(tx, decided, "CONFIRM", actor.id);
      return result;
    },
    { timeout: 60_000 },
  );
}
