-- Joint projects, the indicator catalog, scoring models, evidence, verification and scores (issue 4).

-- Trigram search over project titles and summaries in every language.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ENERGY_GRID', 'INTELLIGENT_MANUFACTURING', 'DIGITAL_PLATFORMS', 'TRANSPORT_LOGISTICS', 'AGRICULTURE', 'EDUCATION_TALENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Dimension" AS ENUM ('TECHNOLOGY', 'INSTITUTIONAL', 'RESOURCE');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('BENEFIT', 'COST');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('QUANTITATIVE', 'ORDINAL');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'DISPUTED', 'RETURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "VerificationDecision" AS ENUM ('CONFIRM', 'DISPUTE', 'RETURN');

-- CreateEnum
CREATE TYPE "TextSource" AS ENUM ('ORIGINAL', 'HUMAN');

-- CreateTable
CREATE TABLE "joint_projects" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "location" TEXT NOT NULL,
    "declared_stage" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'DRAFT',
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "original_locale" "Locale" NOT NULL,
    "text_version" INTEGER NOT NULL DEFAULT 1,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "latest_d" DOUBLE PRECISION,
    "latest_level" INTEGER,
    "latest_stage" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "joint_projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_texts" (
    "project_id" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" "TextSource" NOT NULL,
    "source_version" INTEGER NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_texts_pkey" PRIMARY KEY ("project_id","locale")
);

-- CreateTable
CREATE TABLE "project_partners" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "status" "PartnerStatus" NOT NULL DEFAULT 'PENDING',
    "invited_by_id" UUID,
    "responded_by_id" UUID,
    "responded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_partners_pkey" PRIMARY KEY ("project_id","organization_id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "dimension" "Dimension" NOT NULL,
    "stage_tag" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "lower" DOUBLE PRECISION NOT NULL,
    "upper" DOUBLE PRECISION NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "flags" TEXT[],
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "definition_en" TEXT NOT NULL,
    "definition_zh" TEXT NOT NULL,
    "definition_ru" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scoring_models" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "catalog" JSONB NOT NULL,
    "context" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activated_at" TIMESTAMPTZ(3),

    CONSTRAINT "scoring_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rescore_jobs" (
    "id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rescore_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "source_url" TEXT,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'DRAFT',
    "original_locale" "Locale" NOT NULL,
    "text_version" INTEGER NOT NULL DEFAULT 1,
    "submitted_by_id" UUID,
    "organization_id" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_texts" (
    "evidence_id" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "narrative" TEXT NOT NULL,
    "source" "TextSource" NOT NULL,
    "source_version" INTEGER NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidence_texts_pkey" PRIMARY KEY ("evidence_id","locale")
);

-- CreateTable
CREATE TABLE "evidence_attachments" (
    "id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA,
    "storage_path" TEXT,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "decision" "VerificationDecision" NOT NULL,
    "reason" TEXT,
    "fixes" TEXT[],
    "evidence_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "score_snapshots" (
    "id" BIGSERIAL NOT NULL,
    "project_id" UUID NOT NULL,
    "model_version" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "trigger_id" TEXT,
    "fingerprint" TEXT NOT NULL,
    "u_technology" DOUBLE PRECISION NOT NULL,
    "u_institutional" DOUBLE PRECISION NOT NULL,
    "u_resource" DOUBLE PRECISION NOT NULL,
    "c" DOUBLE PRECISION NOT NULL,
    "t" DOUBLE PRECISION NOT NULL,
    "d" DOUBLE PRECISION NOT NULL,
    "level" INTEGER NOT NULL,
    "stage" INTEGER,
    "confidence" DOUBLE PRECISION NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "result" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "joint_projects_code_key" ON "joint_projects"("code");

-- CreateIndex
CREATE INDEX "joint_projects_status_idx" ON "joint_projects"("status");

-- CreateIndex
CREATE INDEX "joint_projects_sector_idx" ON "joint_projects"("sector");

-- CreateIndex
CREATE INDEX "joint_projects_latest_level_idx" ON "joint_projects"("latest_level");

-- CreateIndex
CREATE INDEX "joint_projects_updated_at_idx" ON "joint_projects"("updated_at");

-- CreateIndex
CREATE INDEX "joint_projects_search_text_trgm_idx" ON "joint_projects" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "project_partners_organization_id_status_idx" ON "project_partners"("organization_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators"("code");

-- CreateIndex
CREATE INDEX "indicators_dimension_idx" ON "indicators"("dimension");

-- CreateIndex
CREATE UNIQUE INDEX "scoring_models_version_key" ON "scoring_models"("version");

-- CreateIndex
CREATE INDEX "scoring_models_active_idx" ON "scoring_models"("active");

-- CreateIndex
CREATE INDEX "rescore_jobs_model_id_idx" ON "rescore_jobs"("model_id");

-- CreateIndex
CREATE INDEX "evidence_project_id_indicator_id_idx" ON "evidence"("project_id", "indicator_id");

-- CreateIndex
CREATE INDEX "evidence_status_idx" ON "evidence"("status");

-- CreateIndex
CREATE INDEX "evidence_organization_id_idx" ON "evidence"("organization_id");

-- CreateIndex
CREATE INDEX "evidence_attachments_evidence_id_idx" ON "evidence_attachments"("evidence_id");

-- CreateIndex
CREATE INDEX "verifications_evidence_id_created_at_idx" ON "verifications"("evidence_id", "created_at");

-- CreateIndex
CREATE INDEX "score_snapshots_project_id_computed_at_idx" ON "score_snapshots"("project_id", "computed_at");

-- AddForeignKey
ALTER TABLE "joint_projects" ADD CONSTRAINT "joint_projects_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_texts" ADD CONSTRAINT "project_texts_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rescore_jobs" ADD CONSTRAINT "rescore_jobs_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "scoring_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_texts" ADD CONSTRAINT "evidence_texts_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_attachments" ADD CONSTRAINT "evidence_attachments_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_snapshots" ADD CONSTRAINT "score_snapshots_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An ACTIVE joint project has at least one ACCEPTED partner organization from CN and one from RU.
-- Checked at commit (deferred), so a service may create the project and its partners in any order
-- inside one transaction; whatever the application does, a one-country active project is refused.
CREATE FUNCTION "joint_project_partner_countries_check"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    target UUID;
    has_cn BOOLEAN;
    has_ru BOOLEAN;
BEGIN
    IF TG_TABLE_NAME = 'joint_projects' THEN
        target := NEW."id";
    ELSE
        target := OLD."project_id";
    END IF;

    -- Only a project that is ACTIVE when the transaction commits is held to the rule.
    IF NOT EXISTS (SELECT 1 FROM "joint_projects" WHERE "id" = target AND "status" = 'ACTIVE') THEN
        RETURN NULL;
    END IF;

    SELECT bool_or(o."country" = 'CN'), bool_or(o."country" = 'RU')
      INTO has_cn, has_ru
      FROM "project_partners" p
      JOIN "organizations" o ON o."id" = p."organization_id"
     WHERE p."project_id" = target AND p."status" = 'ACCEPTED';

    IF NOT (COALESCE(has_cn, false) AND COALESCE(has_ru, false)) THEN
        RAISE EXCEPTION 'an ACTIVE joint project needs at least one ACCEPTED partner organization from CN and one from RU (project %)', target
            USING ERRCODE = '23514', CONSTRAINT = 'joint_projects_active_partner_countries';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "joint_projects_active_partner_countries"
    AFTER INSERT OR UPDATE ON "joint_projects"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "joint_project_partner_countries_check"();

CREATE CONSTRAINT TRIGGER "project_partners_active_partner_countries"
    AFTER UPDATE OR DELETE ON "project_partners"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "joint_project_partner_countries_check"();
