-- At most one active scoring model, kept by the database (issue 11, item 5): the service
-- activates a version under a row lock, and this partial unique index refuses a second active
-- row whatever writes it.
--
-- A database with several active rows (possible only through hand edits) keeps the most recently
-- activated one (then the highest version) active; the others are deactivated, each recorded in
-- the audit log (action migration.modelDeactivated).

WITH "keep" AS (
    SELECT "id" FROM "scoring_models" WHERE "active"
    ORDER BY "activated_at" DESC NULLS LAST, "version" DESC
    LIMIT 1
), "deactivated" AS (
    UPDATE "scoring_models" m SET "active" = false
    WHERE m."active" AND m."id" NOT IN (SELECT "id" FROM "keep")
    RETURNING m."id", m."version"
)
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "before", "after")
SELECT 'migration.modelDeactivated', 'ScoringModel', d."id"::text,
       jsonb_build_object('version', d."version", 'active', true), jsonb_build_object('active', false)
FROM "deactivated" d;

-- DropIndex
DROP INDEX "scoring_models_active_idx";

-- CreateIndex
CREATE UNIQUE INDEX "scoring_models_one_active_key" ON "scoring_models"("active") WHERE active;
