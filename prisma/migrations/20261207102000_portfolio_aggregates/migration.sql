-- Portfolio analytics (issue 16 item 1) read aggregates over the latest score of every project and
-- over the last score of every project in each month. Computing "latest per project" with
-- DISTINCT ON over all snapshots on every dashboard request grows with the history; these two
-- tables are kept current by a trigger on score_snapshots instead (refreshed on change), so the
-- dashboard is one GROUP BY over one row per project (or per project and month).
--
-- binding_constraint: of the article's three constraints the scoring core diagnosed as triggered,
-- the one furthest past its threshold on the 0–1 score scale (institutional lag: gap − threshold;
-- data governance and talent: threshold − mean, a missing mean counting as 0); NULL when none is
-- triggered. Ties go to the key's alphabetical order so the choice is stable.

CREATE TABLE "portfolio_latest_scores" (
    "project_id" UUID NOT NULL,
    "snapshot_id" BIGINT NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "assessed" BOOLEAN NOT NULL,
    "u_technology" DOUBLE PRECISION NOT NULL,
    "u_institutional" DOUBLE PRECISION NOT NULL,
    "u_resource" DOUBLE PRECISION NOT NULL,
    "d" DOUBLE PRECISION NOT NULL,
    "level" INTEGER NOT NULL,
    "stage" INTEGER,
    "binding_constraint" TEXT,
    CONSTRAINT "portfolio_latest_scores_pkey" PRIMARY KEY ("project_id"),
    CONSTRAINT "portfolio_latest_scores_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "portfolio_monthly_scores" (
    "project_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "snapshot_id" BIGINT NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "assessed" BOOLEAN NOT NULL,
    "d" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "portfolio_monthly_scores_pkey" PRIMARY KEY ("project_id", "month"),
    CONSTRAINT "portfolio_monthly_scores_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "portfolio_monthly_scores_month_idx" ON "portfolio_monthly_scores"("month");

CREATE FUNCTION portfolio_binding_constraint(result JSONB) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT c->>'key'
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(result->'constraints') = 'array' THEN result->'constraints' ELSE '[]'::jsonb END) c
  WHERE (c->>'triggered')::boolean
  ORDER BY CASE c->>'key'
             WHEN 'institutionalLag' THEN (c->'values'->>'gap')::float8 - (c->'values'->>'threshold')::float8
             ELSE (c->'values'->>'threshold')::float8 - coalesce((c->'values'->>'mean')::float8, 0)
           END DESC,
           c->>'key'
  LIMIT 1
$$;

CREATE FUNCTION portfolio_record_snapshot() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  counted BOOLEAN := coalesce((NEW.result->>'countedIndicators')::int, 0) > 0;
BEGIN
  INSERT INTO portfolio_latest_scores AS l
    (project_id, snapshot_id, computed_at, assessed, u_technology, u_institutional, u_resource, d, level, stage, binding_constraint)
  VALUES (NEW.project_id, NEW.id, NEW.computed_at, counted, NEW.u_technology, NEW.u_institutional, NEW.u_resource,
          NEW.d, NEW.level, NEW.stage, portfolio_binding_constraint(NEW.result))
  ON CONFLICT (project_id) DO UPDATE SET
    snapshot_id = EXCLUDED.snapshot_id, computed_at = EXCLUDED.computed_at, assessed = EXCLUDED.assessed,
    u_technology = EXCLUDED.u_technology, u_institutional = EXCLUDED.u_institutional, u_resource = EXCLUDED.u_resource,
    d = EXCLUDED.d, level = EXCLUDED.level, stage = EXCLUDED.stage, binding_constraint = EXCLUDED.binding_constraint
  -- Snapshots may be inserted out of time order (seeds, restores): the latest by time wins.
  WHERE (l.computed_at, l.snapshot_id) <= (EXCLUDED.computed_at, EXCLUDED.snapshot_id);

  INSERT INTO portfolio_monthly_scores AS m (project_id, month, snapshot_id, computed_at, assessed, d)
  VALUES (NEW.project_id, date_trunc('month', NEW.computed_at AT TIME ZONE 'UTC')::date, NEW.id, NEW.computed_at, counted, NEW.d)
  ON CONFLICT (project_id, month) DO UPDATE SET
    snapshot_id = EXCLUDED.snapshot_id, computed_at = EXCLUDED.computed_at, assessed = EXCLUDED.assessed, d = EXCLUDED.d
  WHERE (m.computed_at, m.snapshot_id) <= (EXCLUDED.computed_at, EXCLUDED.snapshot_id);
  RETURN NULL;
END
$$;

CREATE TRIGGER "score_snapshots_portfolio"
AFTER INSERT ON "score_snapshots"
FOR EACH ROW EXECUTE FUNCTION portfolio_record_snapshot();

-- The snapshots that exist already.
INSERT INTO portfolio_latest_scores
  (project_id, snapshot_id, computed_at, assessed, u_technology, u_institutional, u_resource, d, level, stage, binding_constraint)
SELECT DISTINCT ON (project_id) project_id, id, computed_at, coalesce((result->>'countedIndicators')::int, 0) > 0,
       u_technology, u_institutional, u_resource, d, level, stage, portfolio_binding_constraint(result)
FROM score_snapshots
ORDER BY project_id, computed_at DESC, id DESC;

INSERT INTO portfolio_monthly_scores (project_id, month, snapshot_id, computed_at, assessed, d)
SELECT DISTINCT ON (project_id, date_trunc('month', computed_at AT TIME ZONE 'UTC'))
       project_id, date_trunc('month', computed_at AT TIME ZONE 'UTC')::date, id, computed_at,
       coalesce((result->>'countedIndicators')::int, 0) > 0, d
FROM score_snapshots
ORDER BY project_id, date_trunc('month', computed_at AT TIME ZONE 'UTC'), computed_at DESC, id DESC;

-- The verification backlog: evidence waiting for verification counted per project, entering
-- organization and day of submission (UTC), kept by a trigger on evidence, so the dashboard sums a
-- few rows per project instead of reading every waiting evidence row. Evidence without a
-- submission time counts from its creation.
CREATE TABLE "portfolio_backlog" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "submitted_on" DATE NOT NULL,
    "waiting" INTEGER NOT NULL,
    CONSTRAINT "portfolio_backlog_pkey" PRIMARY KEY ("project_id", "organization_id", "submitted_on"),
    CONSTRAINT "portfolio_backlog_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "portfolio_backlog_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION portfolio_track_backlog() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'SUBMITTED' THEN
    UPDATE portfolio_backlog SET waiting = waiting - 1
    WHERE project_id = OLD.project_id AND organization_id = OLD.organization_id
      AND submitted_on = (coalesce(OLD.submitted_at, OLD.created_at) AT TIME ZONE 'UTC')::date;
    DELETE FROM portfolio_backlog
    WHERE project_id = OLD.project_id AND organization_id = OLD.organization_id
      AND submitted_on = (coalesce(OLD.submitted_at, OLD.created_at) AT TIME ZONE 'UTC')::date AND waiting <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'SUBMITTED' THEN
    INSERT INTO portfolio_backlog AS b (project_id, organization_id, submitted_on, waiting)
    VALUES (NEW.project_id, NEW.organization_id, (coalesce(NEW.submitted_at, NEW.created_at) AT TIME ZONE 'UTC')::date, 1)
    ON CONFLICT (project_id, organization_id, submitted_on) DO UPDATE SET waiting = b.waiting + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "evidence_portfolio_backlog"
AFTER INSERT OR DELETE OR UPDATE OF status, submitted_at, created_at, project_id, organization_id ON "evidence"
FOR EACH ROW EXECUTE FUNCTION portfolio_track_backlog();

INSERT INTO portfolio_backlog (project_id, organization_id, submitted_on, waiting)
SELECT project_id, organization_id, (coalesce(submitted_at, created_at) AT TIME ZONE 'UTC')::date, count(*)
FROM evidence WHERE status = 'SUBMITTED'
GROUP BY 1, 2, 3;

-- The partner countries of each project (the lead organization's country first; one country while
-- the other side has not accepted), kept by a trigger on project_partners so that grouping and
-- filtering by them needs no aggregate over every membership per request. Projects without an
-- accepted partner have no row.
CREATE TABLE "portfolio_pairs" (
    "project_id" UUID NOT NULL,
    "pair" TEXT NOT NULL,
    CONSTRAINT "portfolio_pairs_pkey" PRIMARY KEY ("project_id"),
    CONSTRAINT "portfolio_pairs_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION portfolio_pair_of(pid UUID) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN bool_or(o.country = 'CN') AND bool_or(o.country = 'RU')
                THEN CASE WHEN min(o.country::text) FILTER (WHERE pp.role = 'LEAD') = 'RU' THEN 'RU-CN' ELSE 'CN-RU' END
              WHEN bool_or(o.country = 'CN') THEN 'CN'
              WHEN bool_or(o.country = 'RU') THEN 'RU' END
  FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
  WHERE pp.project_id = pid AND pp.status = 'ACCEPTED'
$$;

CREATE FUNCTION portfolio_refresh_pair(pid UUID) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  value TEXT := portfolio_pair_of(pid);
BEGIN
  -- A membership deleted by the cascade of its project's deletion leaves nothing to keep.
  IF value IS NULL OR NOT EXISTS (SELECT 1 FROM joint_projects WHERE id = pid) THEN
    DELETE FROM portfolio_pairs WHERE project_id = pid;
  ELSE
    INSERT INTO portfolio_pairs (project_id, pair) VALUES (pid, value)
    ON CONFLICT (project_id) DO UPDATE SET pair = EXCLUDED.pair;
  END IF;
END
$$;

CREATE FUNCTION portfolio_track_pair() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM portfolio_refresh_pair(OLD.project_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.project_id <> OLD.project_id) THEN
    PERFORM portfolio_refresh_pair(NEW.project_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "project_partners_portfolio_pair"
AFTER INSERT OR DELETE OR UPDATE ON "project_partners"
FOR EACH ROW EXECUTE FUNCTION portfolio_track_pair();

INSERT INTO portfolio_pairs (project_id, pair)
SELECT id, portfolio_pair_of(id) FROM joint_projects WHERE portfolio_pair_of(id) IS NOT NULL;
