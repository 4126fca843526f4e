/**
 * The portfolio part of `npm run bench:web`: per bench project, one score snapshot after each of
 * the three past reporting periods (a little lower each round back, so the trend has figures that
 * move) and the latest one within the last quarter, inserted like the scores service does, so
 * the triggers fill the portfolio tables (latest scores, scores by period).
 */
import postgres from "postgres";

import { LEVEL_KEYS } from "@/lib/scoring";

import { BENCH_PERIODS } from "./web-data";

/** How far below the latest figures each period's snapshot lies, oldest first. */
const ROUND_SHARE = [0.6, 0.75, 0.9];

export async function seedBenchScores(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  // Scored ten days before each deadline, when the round's entries are in.
  const rounds = BENCH_PERIODS.map((p, i) => [String(ROUND_SHARE[i]), `${p.deadline}T00:00:00Z`]);
  try {
    // What the score panel reads besides the figures (the obstacles over the whole catalog, the
    // stage's reasons, the dimensions' explanations) is taken from a snapshot the scoring service
    // computed for a demo project, so a bench project's page renders as much as a real one.
    const [template] = await sql<{ result: object }[]>`
      SELECT result FROM score_snapshots WHERE result ? 'obstacles' ORDER BY computed_at DESC LIMIT 1`;
    if (!template) throw new Error("no scored demo project to take the bench scores' shape from");
    await sql`
      WITH p AS (
        SELECT id, latest_d AS d, latest_level AS level, latest_stage AS stage, substr(code, 4)::int AS g,
               ((substr(code, 4)::int * 37) % 100) / 100.0 AS ut, ((substr(code, 4)::int * 53) % 100) / 100.0 AS ui,
               ((substr(code, 4)::int * 71) % 100) / 100.0 AS ur
        FROM joint_projects WHERE code LIKE 'BN-%'),
      r AS (
        SELECT share::float8 AS share, scored_at::timestamptz - make_interval(days => 10) AS scored_at
        FROM (VALUES ${sql(rounds)}) v(share, scored_at)
        UNION ALL SELECT 1, NULL)
      INSERT INTO score_snapshots (project_id, model_version, trigger, fingerprint, u_technology, u_institutional, u_resource,
                                   c, t, d, level, stage, confidence, coverage, result, computed_at)
      SELECT id, 1, 'bench.seed', md5(id::text || r.share), ut * r.share, ui * r.share, ur * r.share, 1, d * r.share, d * r.share,
             level, stage, 0.5, 1,
             ${sql.json(template.result as never)}::jsonb || jsonb_build_object(
               'projectId', id, 'level', level, 'levelKey', (${sql.array([...LEVEL_KEYS])}::text[])[level], 'stage', stage,
               'countedIndicators', 10, 'coverage', 1, 'confidence', 0.5, 'constraints', jsonb_build_array(
               jsonb_build_object('key', 'institutionalLag', 'triggered', ut - ui > 0.2, 'values', jsonb_build_object('gap', ut - ui, 'threshold', 0.2)),
               jsonb_build_object('key', 'talentShortage', 'triggered', ur < 0.3, 'values', jsonb_build_object('mean', ur, 'threshold', 0.3)))),
             coalesce(r.scored_at, now() - make_interval(days => g % 90))
      FROM p CROSS JOIN r`;
    await sql`ANALYZE`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
