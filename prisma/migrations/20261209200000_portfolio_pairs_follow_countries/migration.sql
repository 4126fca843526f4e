-- portfolio_pairs (20261207102000_portfolio_aggregates) is computed from the accepted memberships
-- in project_partners AND from their organizations' countries, but only a change of
-- project_partners refreshed it: an administrator correcting an organization's country left the
-- partner-country pair of each of its projects stale. A change of country now refreshes every
-- project the organization belongs to (any membership status: the refresh re-reads the accepted
-- ones). Nothing else the pair reads can change under it: a membership's organization id follows
-- an organization id change through project_partners' own trigger (ON UPDATE CASCADE), and an
-- organization with memberships cannot be deleted (ON DELETE RESTRICT).

CREATE FUNCTION portfolio_track_organization_country() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM portfolio_refresh_pair(pp.project_id)
  FROM project_partners pp
  WHERE pp.organization_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "organizations_portfolio_pair"
AFTER UPDATE OF country ON "organizations"
FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country)
EXECUTE FUNCTION portfolio_track_organization_country();

-- Pairs left stale by country changes made before this migration.
DELETE FROM portfolio_pairs pr WHERE portfolio_pair_of(pr.project_id) IS NULL;
INSERT INTO portfolio_pairs (project_id, pair)
SELECT id, portfolio_pair_of(id) FROM joint_projects WHERE portfolio_pair_of(id) IS NOT NULL
ON CONFLICT (project_id) DO UPDATE SET pair = EXCLUDED.pair WHERE portfolio_pairs.pair IS DISTINCT FROM EXCLUDED.pair;
