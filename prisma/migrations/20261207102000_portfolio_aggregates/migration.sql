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
