-- A change counter for the portfolio dashboard (issue 16: "precompute in SQL … refreshed on
-- change, not in JavaScript per request").
--
-- Every transaction that changes what the dashboard reads (projects' sector and region, partner
-- memberships, organization names, the trigger-kept portfolio tables, reporting periods) adds one
-- to `portfolio_version.v` as it commits. A web process keeps the dashboard's figures per version
-- (lib/portfolio/memo.ts): while the version stays the same nothing it reads has changed, so the
-- figures are computed once per change, not once per view, and every instance agrees.
--
-- Why a row and deferred triggers: the count must become visible together with the change it
-- stands for (a sequence moves before the commit is visible, so a reader could file old figures
-- under the new number). The row is updated by a constraint trigger deferred to commit, once per
-- transaction, so its lock is held only while the transaction commits: writers queue on it for
-- that instant, never while they still take other locks (no deadlock), and no writer runs in
-- REPEATABLE READ (the model preview, the only such transaction, only reads).

CREATE TABLE "portfolio_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "v" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "portfolio_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "portfolio_version_one_row" CHECK ("id")
);
INSERT INTO "portfolio_version" ("id", "v") VALUES (true, 0);

CREATE FUNCTION portfolio_version_bump() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction: the setting is local to it.
  IF current_setting('synergia.portfolio_bumped', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('synergia.portfolio_bumped', 'yes', true);
    UPDATE "portfolio_version" SET "v" = "v" + 1;
  END IF;
  RETURN NULL;
END
$$;

-- TRUNCATE fires no row triggers; it locks the whole table anyway, so it counts at once.
CREATE FUNCTION portfolio_version_bump_now() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "portfolio_version" SET "v" = "v" + 1;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "joint_projects_portfolio_version"
AFTER INSERT OR DELETE OR UPDATE OF "sector", "region_code" ON "joint_projects"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "organizations_portfolio_version"
AFTER INSERT OR DELETE OR UPDATE ON "organizations"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "project_partners_portfolio_version"
AFTER INSERT OR DELETE OR UPDATE ON "project_partners"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "reporting_periods_portfolio_version"
AFTER INSERT OR DELETE OR UPDATE ON "reporting_periods"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "portfolio_latest_scores_version"
AFTER INSERT OR DELETE OR UPDATE ON "portfolio_latest_scores"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "portfolio_pairs_version"
AFTER INSERT OR DELETE OR UPDATE ON "portfolio_pairs"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "portfolio_backlog_version"
AFTER INSERT OR DELETE OR UPDATE ON "portfolio_backlog"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE CONSTRAINT TRIGGER "portfolio_period_scores_version"
AFTER INSERT OR DELETE OR UPDATE ON "portfolio_period_scores"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION portfolio_version_bump();

CREATE TRIGGER "joint_projects_portfolio_version_truncate" AFTER TRUNCATE ON "joint_projects"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "organizations_portfolio_version_truncate" AFTER TRUNCATE ON "organizations"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "project_partners_portfolio_version_truncate" AFTER TRUNCATE ON "project_partners"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "reporting_periods_portfolio_version_truncate" AFTER TRUNCATE ON "reporting_periods"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "portfolio_latest_scores_version_truncate" AFTER TRUNCATE ON "portfolio_latest_scores"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "portfolio_pairs_version_truncate" AFTER TRUNCATE ON "portfolio_pairs"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "portfolio_backlog_version_truncate" AFTER TRUNCATE ON "portfolio_backlog"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
CREATE TRIGGER "portfolio_period_scores_version_truncate" AFTER TRUNCATE ON "portfolio_period_scores"
FOR EACH STATEMENT EXECUTE FUNCTION portfolio_version_bump_now();
