-- Progress updates with attachments and cited evidence; milestones reordered and deleted with
-- version checks; linked projects in a join table with foreign keys (issue 6).

-- AlterEnum
ALTER TYPE "InitiativeUpdateKind" ADD VALUE 'MILESTONE_DELETED';

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Positions become the display order (it used to be the due date): keep what people saw.
UPDATE "milestones" AS m SET "position" = o."rank" - 1
FROM (
    SELECT "id", row_number() OVER (PARTITION BY "initiative_id" ORDER BY "due_date", "position", "created_at", "id") AS "rank"
    FROM "milestones"
) AS o
WHERE o."id" = m."id";

-- CreateTable
CREATE TABLE "initiative_projects" (
    "initiative_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,

    CONSTRAINT "initiative_projects_pkey" PRIMARY KEY ("initiative_id","project_id")
);

-- CreateTable
CREATE TABLE "initiative_update_attachments" (
    "id" UUID NOT NULL,
    "update_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA,
    "storage_path" TEXT,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_update_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_update_evidence" (
    "update_id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,

    CONSTRAINT "initiative_update_evidence_pkey" PRIMARY KEY ("update_id","evidence_id")
);

-- CreateIndex
CREATE INDEX "initiative_projects_project_id_idx" ON "initiative_projects"("project_id");

-- CreateIndex
CREATE INDEX "initiative_update_attachments_update_id_idx" ON "initiative_update_attachments"("update_id");

-- CreateIndex
CREATE INDEX "initiative_update_evidence_evidence_id_idx" ON "initiative_update_evidence"("evidence_id");

-- AddForeignKey
ALTER TABLE "initiative_projects" ADD CONSTRAINT "initiative_projects_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_projects" ADD CONSTRAINT "initiative_projects_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_update_attachments" ADD CONSTRAINT "initiative_update_attachments_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "initiative_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_update_evidence" ADD CONSTRAINT "initiative_update_evidence_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "initiative_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_update_evidence" ADD CONSTRAINT "initiative_update_evidence_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the linked projects out of the array. Ids of projects that no longer exist had no row
-- to point at; they are dropped rather than kept dangling.
INSERT INTO "initiative_projects" ("initiative_id", "project_id")
SELECT DISTINCT i."id", p."project_id"
FROM "initiatives" AS i
CROSS JOIN LATERAL unnest(i."project_ids") AS p("project_id")
JOIN "joint_projects" AS j ON j."id" = p."project_id";

-- AlterTable
ALTER TABLE "initiatives" DROP COLUMN "project_ids";
