import "server-only";

import type { DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

declare const locked: unique symbol;

/**
 * A project whose row the current transaction holds FOR NO KEY UPDATE (or FOR UPDATE), taken
 * before the transaction wrote any of the project's evidence. Only such a transaction may record
 * a score snapshot (recordScoreSnapshot takes this type), which is what makes the snapshot count
 * every item committed before it:
 *
 * - Every transaction that writes a project's evidence or snapshots holds the lock from before
 *   its first write until it commits, so while one holds it nothing else of the project is in
 *   flight, and the next one, once it has the lock, reads everything the previous one committed.
 * - The lock comes first, before evidence rows (lockEvidence takes the project, then the item)
 *   and before the rows that evidence triggers keep (portfolio_period_scores, portfolio_backlog),
 *   so writers of one project queue on it instead of holding one of those and waiting for
 *   another. The active scoring model's row (FOR SHARE, see ./record) comes after it; activation
 *   locks model rows only, never a project, so it cannot wait for a writer that waits for it.
 * - FOR NO KEY UPDATE, the lock an UPDATE of the row takes anyway (the project's latest score),
 *   does not block foreign-key checks (FOR KEY SHARE): comments, texts and other rows that point
 *   to the project are written as before.
 */
export type LockedProject = { readonly id: string; readonly [locked]: true };

/**
 * Marks a row as locked. Only for a statement that has just locked the project's row as
 * described above (the submission context, the evidence lock, a re-score chunk).
 */
export function lockedProject<T extends { id: string }>(row: T): T & LockedProject {
  return row as T & LockedProject;
}

/** Locks one project's row for scoring on its own (imports, tests): one statement. */
export async function lockProjectForScoring(tx: Pick<DbTx, "$queryRaw">, projectId: string): Promise<LockedProject> {
  assertUuid(projectId);
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM joint_projects WHERE id = ${projectId}::uuid FOR NO KEY UPDATE`;
  if (!row) throw new NotFoundError();
  return lockedProject(row);
}
