import "server-only";

import { recordAudit } from "@/lib/audit/service";
import type { DbTx } from "@/lib/db/client";

import { activeTokensOf, type TokenOwner } from "./active";
import type { TokenEndReason } from "./reasons";

/**
 * Revokes, inside the caller's transaction, every live token of a person (their personal tokens)
 * or of an organization (its organization tokens), one audit entry each. The caller has already
 * updated the owner's row, so it holds that row's lock: a token created in parallel (creation
 * locks the same row) is either seen here or created after the change, against the new state.
 * A revoked token stays revoked when the change is undone (role back, reactivation, restore).
 * `byHand`: a person chose to revoke them (an administrator revoking someone's tokens), so the
 * token names them (`revokedById`) beside the reason, for its owner's list.
 */
export async function revokeTokensOf(
  tx: Pick<DbTx, "apiToken" | "auditLog">,
  owner: TokenOwner,
  actorId: string | null,
  reason: TokenEndReason,
  { byHand = false }: { byHand?: boolean } = {},
): Promise<number> {
  const revokedAt = new Date();
  // One conditional UPDATE … RETURNING: a token revoked by hand meanwhile (revokeToken locks the
  // token's row, not its owner's) is left out, so it is neither counted nor audited twice, and
  // the revocation it has is not written over.
  const live = await tx.apiToken.updateManyAndReturn({
    where: activeTokensOf(owner, revokedAt),
    data: { revokedAt, revokedReason: reason, revokedById: byHand ? actorId : null },
    select: { id: true, name: true, kind: true, userId: true, organizationId: true },
  });
  for (const token of live) {
    await recordAudit(tx, {
      actorId,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { revokedAt: null },
      after: { revokedAt, name: token.name, kind: token.kind, userId: token.userId, organizationId: token.organizationId, reason },
    });
  }
  return live.length;
}
