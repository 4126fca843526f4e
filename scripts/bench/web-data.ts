/**
 * Bulk data for `npm run bench:web`: 10,000 active CN+RU projects and 300,000 evidence items
 * filed in three past reporting periods, generated inside PostgreSQL (INSERT … SELECT generate_series), one transaction so the deferred
 * partner-countries trigger sees each project's partners.
 */
import postgres from "postgres";

import { DEMO_PERIODS } from "@/lib/seed/periods";

export const BENCH_PROJECTS = 10_000;
export const EVIDENCE_PER_PROJECT = 30;

/**
 * The demo's closed half-years (lib/seed/periods.ts), which the bench projects reported in too:
 * past deadlines, so they are locked; the submissions go elsewhere.
 */
export const BENCH_PERIODS = DEMO_PERIODS.map((p) => ({ key: p.key, startsOn: p.start, endsOn: p.end, deadline: p.deadline }));

/** How many of Li Wei's projects take the benchmark's submissions (round-robin). */
const SUBMIT_PROJECTS = 200;

export type BenchData = {
  /** The project whose page is measured: a seeded one, untouched by the submissions. */
  projectId: string;
  indicatorId: string;
  /** Other projects HIT leads, which take the submissions in turn. */
  submitProjectIds: string[];
};

export async function loadBenchData(url: string): Promise<BenchData> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      await tx`
        INSERT INTO joint_projects (id, code, sector, location, declared_stage, status, start_date, original_locale, search_text, updated_at, latest_d, latest_level, latest_stage)
        SELECT gen_random_uuid(), 'BN-' || lpad(g::text, 6, '0'), (enum_range(NULL::"Sector"))[1 + g % 7], 'City ' || (g % 50), 1 + g % 3, 'ACTIVE'::"ProjectStatus",
               date '2024-01-01' + (g % 700), (enum_range(NULL::"Locale"))[1 + g % 3],
               lower('bench joint project ' || g || E'\n' || 'smart grid platform robots talent ' || md5(g::text) || E'\n' || '智能电网 联合平台 ' || g || E'\n' || 'интеллектуальная сеть ' || g),
               now() - make_interval(mins => g), (g % 100) / 100.0, 1 + g % 10, 1 + g % 3
        FROM generate_series(1, ${BENCH_PROJECTS}) g`;
      await tx`
        INSERT INTO project_texts (project_id, locale, title, summary, source, source_version, updated_at)
        SELECT id, original_locale, 'Bench joint project ' || code, 'Smart grid platform, robots and talent for ' || code, 'ORIGINAL'::"TextSource", 1, now()
        FROM joint_projects WHERE code LIKE 'BN-%'`;
      // Lead: one of the Chinese organizations; partner: one of the Russian ones (round-robin).
      await tx`
        WITH cn AS (SELECT id, row_number() OVER (ORDER BY name_en) - 1 AS n, count(*) OVER () AS c FROM organizations WHERE country = 'CN'),
             ru AS (SELECT id, row_number() OVER (ORDER BY name_en) - 1 AS n, count(*) OVER () AS c FROM organizations WHERE country = 'RU'),
             p AS (SELECT id, substr(code, 4)::int AS g FROM joint_projects WHERE code LIKE 'BN-%')
        INSERT INTO project_partners (project_id, organization_id, role, status, responded_at)
        SELECT p.id, cn.id, 'LEAD'::"PartnerRole", 'ACCEPTED'::"PartnerStatus", now() FROM p JOIN cn ON cn.n = p.g % cn.c
        UNION ALL
        SELECT p.id, ru.id, 'PARTNER'::"PartnerRole", 'ACCEPTED'::"PartnerStatus", now() FROM p JOIN ru ON ru.n = p.g % ru.c`;
      // Seeded with the demo already; created here should the demo lack them.
      await tx`
        INSERT INTO reporting_periods (id, key, starts_on, ends_on, deadline, created_at, updated_at)
        SELECT gen_random_uuid(), key, starts_on::date, ends_on::date, (deadline || 'T23:59:59.999Z')::timestamptz, now(), now()
        FROM (VALUES ${tx(BENCH_PERIODS.map((p) => [p.key, p.startsOn, p.endsOn, p.deadline]))}) v(key, starts_on, ends_on, deadline)
        ON CONFLICT (key) DO NOTHING`;
      // Each project's items spread over the three half-years, filed in the period of their dates
      // as the evidence service does.
      await tx`
        WITH ind AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n, lower, upper, kind FROM indicators),
             lead AS (SELECT project_id, organization_id FROM project_partners pp JOIN joint_projects j ON j.id = pp.project_id WHERE j.code LIKE 'BN-%' AND pp.role = 'LEAD'),
             per AS (SELECT id, starts_on, ends_on, row_number() OVER (ORDER BY starts_on) - 1 AS n FROM reporting_periods WHERE key IN ${tx(BENCH_PERIODS.map((p) => p.key))})
        INSERT INTO evidence (id, project_id, indicator_id, value, period_start, period_end, status, original_locale, organization_id, submitted_at, updated_at, reporting_period_id)
        SELECT gen_random_uuid(), lead.project_id, ind.id,
               CASE WHEN ind.kind = 'ORDINAL' THEN round(ind.lower + (ind.upper - ind.lower) * ((k * 7) % 10) / 10.0) ELSE ind.lower + (ind.upper - ind.lower) * ((k * 7) % 10) / 10.0 END,
               per.starts_on, per.ends_on, (enum_range(NULL::"EvidenceStatus"))[1 + k % 6], 'zh'::"Locale", lead.organization_id, now(), now(), per.id
        FROM lead CROSS JOIN generate_series(1, ${EVIDENCE_PER_PROJECT}) k JOIN ind ON ind.n = k % (SELECT count(*) FROM indicators)
        JOIN per ON per.n = k % 3`;
      // Every bench project takes part in the three periods; the membership trigger files its
      // entries (the scores follow with the snapshots, portfolio-data.ts).
      await tx`
        INSERT INTO reporting_period_projects (period_id, project_id)
        SELECT rp.id, p.id FROM reporting_periods rp CROSS JOIN joint_projects p
        WHERE rp.key IN ${tx(BENCH_PERIODS.map((p) => p.key))} AND p.code LIKE 'BN-%'`;
      await tx`
        INSERT INTO evidence_texts (evidence_id, locale, narrative, source, source_version, updated_at)
        SELECT e.id, 'zh'::"Locale", '基准测试证据：本期数值依据项目台账。', 'ORIGINAL'::"TextSource", 1, now()
        FROM evidence e JOIN joint_projects p ON p.id = e.project_id WHERE p.code LIKE 'BN-%'`;
    });
    await sql`ANALYZE`;
    const led = await sql<{ id: string }[]>`
      SELECT p.id FROM joint_projects p JOIN project_partners pp ON pp.project_id = p.id AND pp.role = 'LEAD'
      JOIN organizations o ON o.id = pp.organization_id
      WHERE p.code LIKE 'BN-%' AND o.name_en = 'Harbin Institute of Technology' ORDER BY p.code LIMIT ${SUBMIT_PROJECTS + 1}`;
    const [indicator] = await sql<{ id: string }[]>`SELECT id FROM indicators ORDER BY code LIMIT 1`;
    const [measured, ...others] = led.map((row) => row.id);
    return { projectId: measured, indicatorId: indicator.id, submitProjectIds: others };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
