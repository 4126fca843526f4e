-- Policy recommendations, initiatives, milestones, updates and forum editions (issue 6).

-- CreateEnum
CREATE TYPE "RecommendationArea" AS ENUM ('DATA_GOVERNANCE', 'TECH_COOPERATION', 'TALENT_TRUST');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', 'STALLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InitiativeUpdateKind" AS ENUM ('CREATED', 'NOTE', 'STATUS', 'MILESTONE');

-- CreateTable
CREATE TABLE "recommendations" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "area" "RecommendationArea" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "text_ru" TEXT NOT NULL,
    "dimensions" "Dimension"[],
    "indicator_codes" TEXT[],
    "retired_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recommendations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiatives" (
    "id" UUID NOT NULL,
    "recommendation_id" UUID NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_ru" TEXT NOT NULL,
    "description_en" TEXT NOT NULL DEFAULT '',
    "description_zh" TEXT NOT NULL DEFAULT '',
    "description_ru" TEXT NOT NULL DEFAULT '',
    "responsible" TEXT NOT NULL DEFAULT '',
    "status" "InitiativeStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "start_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "dimensions" "Dimension"[],
    "indicator_codes" TEXT[],
    "project_ids" UUID[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "initiatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_owners" (
    "initiative_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "initiative_owners_pkey" PRIMARY KEY ("initiative_id","organization_id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_updates" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "kind" "InitiativeUpdateKind" NOT NULL,
    "author_id" UUID,
    "author_name" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "links" TEXT[],
    "from_status" "InitiativeStatus",
    "to_status" "InitiativeStatus",
    "milestone_id" UUID,
    "progress" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_editions" (
    "id" UUID NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_editions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_initiatives" (
    "forum_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,

    CONSTRAINT "forum_initiatives_pkey" PRIMARY KEY ("forum_id","initiative_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "recommendations_code_key" ON "recommendations"("code");

-- CreateIndex
CREATE INDEX "recommendations_area_position_idx" ON "recommendations"("area", "position");

-- CreateIndex
CREATE INDEX "initiatives_recommendation_id_idx" ON "initiatives"("recommendation_id");

-- CreateIndex
CREATE INDEX "initiatives_status_idx" ON "initiatives"("status");

-- CreateIndex
CREATE INDEX "initiative_owners_organization_id_idx" ON "initiative_owners"("organization_id");

-- CreateIndex
CREATE INDEX "milestones_initiative_id_position_idx" ON "milestones"("initiative_id", "position");

-- CreateIndex
CREATE INDEX "initiative_updates_initiative_id_created_at_idx" ON "initiative_updates"("initiative_id", "created_at");

-- CreateIndex
CREATE INDEX "initiative_updates_created_at_idx" ON "initiative_updates"("created_at");

-- CreateIndex
CREATE INDEX "forum_editions_held_on_idx" ON "forum_editions"("held_on");

-- CreateIndex
CREATE INDEX "forum_initiatives_initiative_id_idx" ON "forum_initiatives"("initiative_id");

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_owners" ADD CONSTRAINT "initiative_owners_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_owners" ADD CONSTRAINT "initiative_owners_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_updates" ADD CONSTRAINT "initiative_updates_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_initiatives" ADD CONSTRAINT "forum_initiatives_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum_editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_initiatives" ADD CONSTRAINT "forum_initiatives_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;
