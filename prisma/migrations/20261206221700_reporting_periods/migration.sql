-- Reporting periods, per-project baselines and targets, reminders, outlier confirmations and the
-- notification kinds for reminders and project invitations (issue 14).

-- AlterEnum (the new values are not used in this transaction)
ALTER TYPE "NotificationKind" ADD VALUE 'PERIOD_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'PROJECT_INVITATION';

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "reopened_until" TIMESTAMPTZ(3),
    "reopen_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reporting_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_period_projects" (
    "period_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,

    CONSTRAINT "reporting_period_projects_pkey" PRIMARY KEY ("period_id","project_id")
);

-- CreateTable
CREATE TABLE "period_reminders" (
    "period_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "days_before" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "period_reminders_pkey" PRIMARY KEY ("period_id","user_id","days_before")
);

-- CreateTable
CREATE TABLE "project_indicators" (
    "project_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "baseline" DOUBLE PRECISION,
    "target" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_indicators_pkey" PRIMARY KEY ("project_id","indicator_id")
);

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN "reporting_period_id" UUID,
ADD COLUMN "outlier" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_key_key" ON "reporting_periods"("key");

-- CreateIndex
CREATE INDEX "reporting_periods_deadline_idx" ON "reporting_periods"("deadline");

-- CreateIndex
CREATE INDEX "reporting_period_projects_project_id_idx" ON "reporting_period_projects"("project_id");

-- CreateIndex
CREATE INDEX "period_reminders_user_id_idx" ON "period_reminders"("user_id");

-- CreateIndex
CREATE INDEX "project_indicators_indicator_id_idx" ON "project_indicators"("indicator_id");

-- CreateIndex
CREATE INDEX "evidence_reporting_period_id_project_id_idx" ON "evidence"("reporting_period_id", "project_id");

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_period_projects" ADD CONSTRAINT "reporting_period_projects_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_period_projects" ADD CONSTRAINT "reporting_period_projects_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reminders" ADD CONSTRAINT "period_reminders_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reminders" ADD CONSTRAINT "period_reminders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_reporting_period_id_fkey" FOREIGN KEY ("reporting_period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A period covers at least one day and its key is what people write ("2026-H2").
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_dates_check" CHECK ("starts_on" <= "ends_on");
