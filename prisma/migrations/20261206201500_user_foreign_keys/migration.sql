-- Foreign keys for the 23 user ids that had none (issue 11, item 5).
--
-- Users are deactivated (status DISABLED), never deleted, so none of these keys fires in normal
-- use: they guarantee that every id names a real account, and they decide what a deleted user
-- row would do, chosen per column:
--   RESTRICT  what other people read and what must keep its author: comments, translations of
--             comments, reports of comments. Deleting such a user fails; deactivate instead.
--   SET NULL  who did something to a record that stands on its own: created / updated /
--             uploaded / invited / responded / completed / hid / resolved / handled by, a
--             notification's actor, an e-mail's recipient (the address stays in to_address).
--             This is what the existing keys of audit_log.actor_id, joint_projects.created_by_id,
--             evidence.submitted_by_id and verifications.user_id already do.
--   CASCADE   what belongs to that user alone: their notifications, follows, notification
--             preferences and the records of their being mentioned.
--
-- Rows that name a user who does not exist (the app always wrote real ids, so only hand edits
-- can have left them) are repaired first, so that the migration cannot fail on a live database:
--   * SET NULL columns are set to NULL, as if the user had been deleted after this migration;
--   * CASCADE rows are deleted (nobody can sign in to read them), each copied into the audit
--     log first (action migration.orphanRemoved, the row as `before`);
--   * RESTRICT columns get one placeholder account per missing id, DISABLED and without a
--     password (nobody can sign in), named "Former user" with the address
--     former-user-<id>@invalid (a reserved domain), audited as migration.placeholderUser: the
--     comments, their replies and who wrote what survive, shown as written by a deactivated
--     account.

-- The partner-countries trigger is deferred to commit; ALTER TABLE refuses a table with pending
-- trigger events, so the repairs below run it at once.
SET CONSTRAINTS "project_partners_active_partner_countries" IMMEDIATE;

-- Placeholder accounts for authors that do not exist.
WITH "placeholder" AS (
    INSERT INTO "users" ("id", "email", "name", "role", "status", "updated_at")
    SELECT missing."id", 'former-user-' || missing."id" || '@invalid', 'Former user', 'PARTNER', 'DISABLED', CURRENT_TIMESTAMP
    FROM (
        SELECT "author_id" AS "id" FROM "comments"
        UNION SELECT "translator_id" FROM "comment_translations"
        UNION SELECT "reporter_id" FROM "comment_reports"
    ) AS missing
    WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = missing."id")
    RETURNING "id", "email", "name", "role", "status"
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "after")
SELECT 'migration.placeholderUser', 'User', p."id"::text, to_jsonb(p) FROM "placeholder" p;

-- Who-did-it columns naming nobody.
UPDATE "user_tokens" r SET "created_by_id" = NULL
WHERE r."created_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."created_by_id");
UPDATE "project_texts" r SET "updated_by_id" = NULL
WHERE r."updated_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."updated_by_id");
UPDATE "project_partners" r SET "invited_by_id" = NULL
WHERE r."invited_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."invited_by_id");
UPDATE "project_partners" r SET "responded_by_id" = NULL
WHERE r."responded_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."responded_by_id");
UPDATE "scoring_models" r SET "created_by_id" = NULL
WHERE r."created_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."created_by_id");
UPDATE "evidence_texts" r SET "updated_by_id" = NULL
WHERE r."updated_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."updated_by_id");
UPDATE "evidence_attachments" r SET "uploaded_by_id" = NULL
WHERE r."uploaded_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."uploaded_by_id");
UPDATE "initiatives" r SET "created_by_id" = NULL
WHERE r."created_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."created_by_id");
UPDATE "milestones" r SET "completed_by_id" = NULL
WHERE r."completed_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."completed_by_id");
UPDATE "initiative_updates" r SET "author_id" = NULL
WHERE r."author_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."author_id");
UPDATE "initiative_update_attachments" r SET "uploaded_by_id" = NULL
WHERE r."uploaded_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."uploaded_by_id");
UPDATE "comments" r SET "hidden_by_id" = NULL
WHERE r."hidden_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."hidden_by_id");
UPDATE "comments" r SET "resolved_by_id" = NULL
WHERE r."resolved_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."resolved_by_id");
UPDATE "comment_reports" r SET "handled_by_id" = NULL
WHERE r."handled_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."handled_by_id");
UPDATE "notifications" r SET "actor_id" = NULL
WHERE r."actor_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."actor_id");
UPDATE "email_outbox" r SET "recipient_id" = NULL
WHERE r."recipient_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."recipient_id");

-- A missing user's own rows.
WITH "gone" AS (
    DELETE FROM "comment_mentions" r WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."user_id") RETURNING r.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'CommentMention', g."comment_id"::text || ':' || g."user_id", to_jsonb(g) FROM "gone" g;
WITH "gone" AS (
    DELETE FROM "notifications" r WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."recipient_id") RETURNING r.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'Notification', g."id"::text, to_jsonb(g) FROM "gone" g;
WITH "gone" AS (
    DELETE FROM "follows" r WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."user_id") RETURNING r.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'Follow', g."user_id"::text || ':' || g."subject_type" || ':' || g."subject_id", to_jsonb(g) FROM "gone" g;
WITH "gone" AS (
    DELETE FROM "notification_preferences" r WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = r."user_id") RETURNING r.*
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before")
SELECT 'migration.orphanRemoved', 'NotificationPreference', g."user_id"::text || ':' || g."kind", to_jsonb(g) FROM "gone" g;

SET CONSTRAINTS "project_partners_active_partner_countries" DEFERRED;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_handled_by_id_fkey" FOREIGN KEY ("handled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_translations" ADD CONSTRAINT "comment_translations_translator_id_fkey" FOREIGN KEY ("translator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_attachments" ADD CONSTRAINT "evidence_attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_texts" ADD CONSTRAINT "evidence_texts_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_update_attachments" ADD CONSTRAINT "initiative_update_attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_updates" ADD CONSTRAINT "initiative_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_completed_by_id_fkey" FOREIGN KEY ("completed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_responded_by_id_fkey" FOREIGN KEY ("responded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_texts" ADD CONSTRAINT "project_texts_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scoring_models" ADD CONSTRAINT "scoring_models_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
