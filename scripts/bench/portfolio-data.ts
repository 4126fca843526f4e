/**
 * The portfolio part of `npm run bench:web`: one score snapshot per bench project (inserted like
 * the scores service does, so the trigger fills the portfolio tables), dimension scores and months
 * spread over a year.
 */
import postgres from "postgres";

export async function seedBenchScores(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`
      WITH p AS (
        SELECT id, latest_d AS d, latest_level AS level, latest_stage AS stage, substr(code, 4)::int AS g,
               ((substr(code, 4)::int * 37) % 100) / 100.0 AS ut, ((substr(code, 4)::int * 53) % 100) / 100.0 AS ui,
               ((substr(code, 4)::int * 71) % 100) / 100.0 AS ur
        FROM joint_projects WHERE code LIKE 'BN-%')
      INSERT INTO score_snapshots (project_id, model_version, trigger, fingerprint, u_technology, u_institutional, u_resource,
                                   c, t, d, level, stage, confidence, coverage, result, computed_at)
      SELECT id, 1, 'bench.seed', md5(id::text), ut, ui, ur, 1, d, d, level, stage, 0.5, 1,
             jsonb_build_object('countedIndicators', 10, 'constraints', jsonb_build_array(
               jsonb_build_object('key', 'institutionalLag', 'triggered', ut - ui > 0.2, 'values', jsonb_build_object('gap', ut - ui, 'threshold', 0.2)),
               jsonb_build_object('key', 'talentShortage', 'triggered', ur < 0.3, 'values', jsonb_build_object('mean', ur, 'threshold', 0.3)))),
             now() - make_interval(days => g % 365)
      FROM p`;
    await sql`ANALYZE`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
