-- Comments, notifications and follows point at their project, evidence item or initiative
-- through an exclusive arc instead of a (type, id) pair that no key could check: one nullable
-- foreign key per kind of target and a CHECK that exactly one is set (issue 11, item 5).
--
-- ON DELETE CASCADE on every arc key: a target's discussion, the notifications about it and the
-- follows of it mean nothing without it, just as a project's evidence, texts and attachments go
-- with the project. The app deletes no project, evidence item or initiative; the keys keep every
-- id pointing at something real and say what an operator's delete would do. A notification's
-- comment becomes NULL if the comment goes (comments are only soft-deleted today); the
-- notification still leads to its subject.
--
-- Rows written before this migration keep their target in the column of its kind. Rows whose
-- target does not exist (a hand-deleted target, or an id of another kind) cannot be shown
-- anywhere, because every page loads the target first; they are deleted as the new keys would
-- have done, each copied into the audit log first (action migration.orphanRemoved, the row as
-- `before`):
--   * comments on nothing, with every reply below them (their revisions, translations, reports
--     and mentions go with them through the existing keys);
--   * notifications about nothing;
--   * follows of nothing, and follows of an EVIDENCE subject (never written by the app: evidence
--     is followed through its project).
-- A notification naming a comment that does not exist keeps its subject and loses the comment.

-- ── comments ──

ALTER TABLE "comments"
    ADD COLUMN "project_id" UUID,
    ADD COLUMN "evidence_id" UUID,
    ADD COLUMN "initiative_id" UUID;

UPDATE "comments" c SET "project_id" = c."target_id"
WHERE c."target_type" = 'PROJECT' AND EXISTS (SELECT 1 FROM "joint_projects" t WHERE t."id" = c."target_id");
UPDATE "comments" c SET "evidence_id" = c."target_id"
WHERE c."target_type" = 'EVIDENCE' AND EXISTS (SELECT 1 FROM "evidence" t WHERE t."id" = c."target_id");
UPDATE "comments" c SET "initiative_id" = c."target_id"
WHERE c."target_type" = 'INITIATIVE' AND EXISTS (SELECT 1 FROM "initiatives" t WHERE t."id" = c."target_id");

WITH RECURSIVE "orphan" AS (
    SELECT "id" FROM "comments" WHERE num_nonnulls("project_id", "evidence_id", "initiative_id") = 0
    UNION
    SELECT c."id" FROM "comments" c JOIN "orphan" o ON c."parent_id" = o."id"
), "gone" AS (
    DELETE FROM "comments" c USING "orphan" o WHERE c."id" = o."id" RETURNING c.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'Comment', g."id"::text, to_jsonb(g) - 'project_id' - 'evidence_id' - 'initiative_id' FROM "gone" g;

DROP INDEX "comments_target_type_target_id_updated_at_idx";
DROP INDEX "comments_target_type_revision_request_resolved_at_idx";
ALTER TABLE "comments"
    DROP COLUMN "target_type",
    DROP COLUMN "target_id",
    ADD CONSTRAINT "comments_target_check" CHECK (num_nonnulls("project_id", "evidence_id", "initiative_id") = 1);
DROP TYPE "CommentTargetType";

-- CreateIndex
CREATE INDEX "comments_project_id_updated_at_idx" ON "comments"("project_id", "updated_at");

-- CreateIndex
CREATE INDEX "comments_evidence_id_updated_at_idx" ON "comments"("evidence_id", "updated_at");

-- CreateIndex
CREATE INDEX "comments_initiative_id_updated_at_idx" ON "comments"("initiative_id", "updated_at");

-- CreateIndex
CREATE INDEX "comments_open_revision_requests_idx" ON "comments"("evidence_id")
    WHERE revision_request AND resolved_at IS NULL AND deleted_at IS NULL AND hidden_at IS NULL;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── notifications ──

ALTER TABLE "notifications"
    ADD COLUMN "project_id" UUID,
    ADD COLUMN "evidence_id" UUID,
    ADD COLUMN "initiative_id" UUID;

UPDATE "notifications" n SET "project_id" = n."subject_id"
WHERE n."subject_type" = 'PROJECT' AND EXISTS (SELECT 1 FROM "joint_projects" t WHERE t."id" = n."subject_id");
UPDATE "notifications" n SET "evidence_id" = n."subject_id"
WHERE n."subject_type" = 'EVIDENCE' AND EXISTS (SELECT 1 FROM "evidence" t WHERE t."id" = n."subject_id");
UPDATE "notifications" n SET "initiative_id" = n."subject_id"
WHERE n."subject_type" = 'INITIATIVE' AND EXISTS (SELECT 1 FROM "initiatives" t WHERE t."id" = n."subject_id");

WITH "gone" AS (
    DELETE FROM "notifications" n WHERE num_nonnulls(n."project_id", n."evidence_id", n."initiative_id") = 0 RETURNING n.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'Notification', g."id"::text, to_jsonb(g) - 'project_id' - 'evidence_id' - 'initiative_id' FROM "gone" g;

UPDATE "notifications" n SET "comment_id" = NULL
WHERE n."comment_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "comments" c WHERE c."id" = n."comment_id");

ALTER TABLE "notifications"
    DROP COLUMN "subject_type",
    DROP COLUMN "subject_id",
    ADD CONSTRAINT "notifications_subject_check" CHECK (num_nonnulls("project_id", "evidence_id", "initiative_id") = 1);

-- CreateIndex
CREATE INDEX "notifications_project_id_idx" ON "notifications"("project_id");

-- CreateIndex
CREATE INDEX "notifications_evidence_id_idx" ON "notifications"("evidence_id");

-- CreateIndex
CREATE INDEX "notifications_initiative_id_idx" ON "notifications"("initiative_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ── follows ──

-- The old key (user, type, id) cannot hold nullable columns: a surrogate id becomes the primary
-- key and one unique index per kind of subject keeps a single row per user and subject.
ALTER TABLE "follows"
    ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN "project_id" UUID,
    ADD COLUMN "initiative_id" UUID;

UPDATE "follows" f SET "project_id" = f."subject_id"
WHERE f."subject_type" = 'PROJECT' AND EXISTS (SELECT 1 FROM "joint_projects" t WHERE t."id" = f."subject_id");
UPDATE "follows" f SET "initiative_id" = f."subject_id"
WHERE f."subject_type" = 'INITIATIVE' AND EXISTS (SELECT 1 FROM "initiatives" t WHERE t."id" = f."subject_id");

WITH "gone" AS (
    DELETE FROM "follows" f WHERE num_nonnulls(f."project_id", f."initiative_id") = 0 RETURNING f.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'Follow', g."id"::text, to_jsonb(g) - 'id' - 'project_id' - 'initiative_id' FROM "gone" g;

DROP INDEX "follows_subject_type_subject_id_idx";
ALTER TABLE "follows"
    DROP CONSTRAINT "follows_pkey",
    DROP COLUMN "subject_type",
    DROP COLUMN "subject_id",
    ALTER COLUMN "id" DROP DEFAULT,
    ADD CONSTRAINT "follows_pkey" PRIMARY KEY ("id"),
    ADD CONSTRAINT "follows_subject_check" CHECK (num_nonnulls("project_id", "initiative_id") = 1);
DROP TYPE "NotificationSubjectType";

-- CreateIndex
CREATE UNIQUE INDEX "follows_user_id_project_id_key" ON "follows"("user_id", "project_id");

-- CreateIndex
CREATE UNIQUE INDEX "follows_user_id_initiative_id_key" ON "follows"("user_id", "initiative_id");

-- CreateIndex
CREATE INDEX "follows_project_id_idx" ON "follows"("project_id");

-- CreateIndex
CREATE INDEX "follows_initiative_id_idx" ON "follows"("initiative_id");

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;
