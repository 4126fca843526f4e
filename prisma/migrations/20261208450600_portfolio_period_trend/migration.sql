-- The dashboard's trend per reporting period (issue 16 item 1) instead of per calendar month.
--
-- One row per project taking part in a period (reporting_period_projects), holding the project's
-- score as of the period's deadline (the last snapshot computed at or before it; none yet: NULL)
-- and how many entries the project reported for the period (evidence submitted and not
-- withdrawn: waiting, verified, disputed or returned for correction). Triggers keep it current
-- on new snapshots, on evidence changes, on membership changes and on a moved deadline, so the
-- dashboard is one GROUP BY over one row per project and period. The deadline, not a reopening,
-- is the cut-off, so every period of a project is compared at its announced date.

CREATE TABLE "portfolio_period_scores" (
    "period_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "snapshot_id" BIGINT,
    "computed_at" TIMESTAMPTZ(3),
    "assessed" BOOLEAN NOT NULL DEFAULT false,
    "u_technology" DOUBLE PRECISION,
    "u_institutional" DOUBLE PRECISION,
    "u_resource" DOUBLE PRECISION,
    "d" DOUBLE PRECISION,
    "entries" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "portfolio_period_scores_pkey" PRIMARY KEY ("period_id", "project_id"),
    CONSTRAINT "portfolio_period_scores_period_id_project_id_fkey" FOREIGN KEY ("period_id", "project_id") REFERENCES "reporting_period_projects"("period_id", "project_id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "portfolio_period_scores_project_id_idx" ON "portfolio_period_scores"("project_id");

-- (Re)computes the rows of one period, for one project or (pid NULL) for all its projects.
CREATE FUNCTION portfolio_period_fill(per UUID, pid UUID) RETURNS VOID
LANGUAGE sql AS $$
  INSERT INTO portfolio_period_scores AS ps
    (period_id, project_id, snapshot_id, computed_at, assessed, u_technology, u_institutional, u_resource, d, entries)
  SELECT m.period_id, m.project_id, s.id, s.computed_at, coalesce(s.counted, false),
         s.u_technology, s.u_institutional, s.u_resource, s.d,
         (SELECT count(*) FROM evidence e
          WHERE e.reporting_period_id = m.period_id AND e.project_id = m.project_id
            AND e.status IN ('SUBMITTED', 'VERIFIED', 'DISPUTED', 'RETURNED'))
  FROM reporting_period_projects m
  JOIN reporting_periods rp ON rp.id = m.period_id
  LEFT JOIN LATERAL (
    SELECT id, computed_at, coalesce((result->>'countedIndicators')::int, 0) > 0 AS counted,
           u_technology, u_institutional, u_resource, d
    FROM score_snapshots
    WHERE project_id = m.project_id AND computed_at <= rp.deadline
    ORDER BY computed_at DESC, id DESC
    LIMIT 1) s ON true
  WHERE m.period_id = per AND (pid IS NULL OR m.project_id = pid)
  ON CONFLICT (period_id, project_id) DO UPDATE SET
    snapshot_id = EXCLUDED.snapshot_id, computed_at = EXCLUDED.computed_at, assessed = EXCLUDED.assessed,
    u_technology = EXCLUDED.u_technology, u_institutional = EXCLUDED.u_institutional,
    u_resource = EXCLUDED.u_resource, d = EXCLUDED.d, entries = EXCLUDED.entries
$$;

CREATE FUNCTION portfolio_period_track_member() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM portfolio_period_fill(NEW.period_id, NEW.project_id);
  RETURN NULL;
END
$$;

CREATE TRIGGER "reporting_period_projects_portfolio"
AFTER INSERT ON "reporting_period_projects"
FOR EACH ROW EXECUTE FUNCTION portfolio_period_track_member();

CREATE FUNCTION portfolio_period_track_deadline() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM portfolio_period_fill(NEW.id, NULL);
  RETURN NULL;
END
$$;

CREATE TRIGGER "reporting_periods_portfolio_deadline"
AFTER UPDATE OF deadline ON "reporting_periods"
FOR EACH ROW WHEN (OLD.deadline IS DISTINCT FROM NEW.deadline)
EXECUTE FUNCTION portfolio_period_track_deadline();

-- A new snapshot becomes the score of every period of its project whose deadline it does not
-- pass, unless that period already holds a later one (snapshots may arrive out of time order).
CREATE FUNCTION portfolio_period_record_snapshot() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE portfolio_period_scores ps SET
    snapshot_id = NEW.id, computed_at = NEW.computed_at,
    assessed = coalesce((NEW.result->>'countedIndicators')::int, 0) > 0,
    u_technology = NEW.u_technology, u_institutional = NEW.u_institutional, u_resource = NEW.u_resource, d = NEW.d
  FROM reporting_periods rp
  WHERE ps.project_id = NEW.project_id AND rp.id = ps.period_id AND NEW.computed_at <= rp.deadline
    AND (ps.computed_at IS NULL OR (ps.computed_at, ps.snapshot_id) <= (NEW.computed_at, NEW.id));
  RETURN NULL;
END
$$;

CREATE TRIGGER "score_snapshots_portfolio_period"
AFTER INSERT ON "score_snapshots"
FOR EACH ROW EXECUTE FUNCTION portfolio_period_record_snapshot();

CREATE FUNCTION portfolio_period_track_evidence() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.reporting_period_id IS NOT NULL
     AND OLD.status IN ('SUBMITTED', 'VERIFIED', 'DISPUTED', 'RETURNED') THEN
    UPDATE portfolio_period_scores SET entries = entries - 1
    WHERE period_id = OLD.reporting_period_id AND project_id = OLD.project_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.reporting_period_id IS NOT NULL
     AND NEW.status IN ('SUBMITTED', 'VERIFIED', 'DISPUTED', 'RETURNED') THEN
    UPDATE portfolio_period_scores SET entries = entries + 1
    WHERE period_id = NEW.reporting_period_id AND project_id = NEW.project_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "evidence_portfolio_period"
AFTER INSERT OR DELETE OR UPDATE OF status, reporting_period_id, project_id ON "evidence"
FOR EACH ROW EXECUTE FUNCTION portfolio_period_track_evidence();

-- The periods that exist already.
SELECT portfolio_period_fill(id, NULL) FROM reporting_periods;

-- The monthly trend it replaces.
CREATE OR REPLACE FUNCTION portfolio_record_snapshot() RETURNS TRIGGER
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
  RETURN NULL;
END
$$;

DROP TABLE "portfolio_monthly_scores";
