import type { Actor } from "@/lib/auth/permissions";
import { mentionToken } from "@/lib/comments/mentions";
import { ZCreateComment, type TTarget } from "@/lib/comments/schema";
import { createComment } from "@/lib/comments/service";
import * as evidence from "@/lib/evidence/service";

import { testDb } from "./db";
import { createCatalog, createProjectWorld, fields } from "./evidence";

/**
 * The evidence world plus two evidence items of the Chinese organization: one submitted (part
 * of the shared record) and one still a draft (private to that organization).
 */
export async function createCommentWorld() {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  const shared = await evidence.createEvidence(world.cn, { projectId: world.project.id, fields: fields(catalog.percent.id) }, [], "submit");
  const draft = await evidence.createEvidence(world.cn, { projectId: world.project.id, fields: fields(catalog.ordinal.id, { value: 2 }) });
  return {
    ...world,
    ...catalog,
    shared,
    draft,
    sharedTarget: { type: "EVIDENCE", id: shared.id } as TTarget,
    draftTarget: { type: "EVIDENCE", id: draft.id } as TTarget,
    projectTarget: { type: "PROJECT", id: world.project.id } as TTarget,
  };
}

/** A comment through the same schema the action uses. */
export function comment(
  actor: Actor,
  target: TTarget,
  body: string,
  extra: { parentId?: string; revisionRequest?: boolean; locale?: "en" | "zh" | "ru" } = {},
) {
  return createComment(
    actor,
    ZCreateComment.parse({
      target,
      body,
      locale: extra.locale ?? "en",
      parentId: extra.parentId ?? null,
      revisionRequest: extra.revisionRequest ?? false,
    }),
  );
}

export const mention = (user: { id: string; name: string }) => mentionToken(user);

export async function commentCounts() {
  const db = testDb();
  const [comments, revisions, translations, reports, mentions] = await Promise.all([
    db.comment.count(),
    db.commentRevision.count(),
    db.commentTranslation.count(),
    db.commentReport.count(),
    db.commentMention.count(),
  ]);
  return { comments, revisions, translations, reports, mentions };
}
