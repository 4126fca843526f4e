-- The indicator catalog made faithful to the source article (lib/scoring/README.md), for databases
-- that already hold the seeded catalog; a fresh database gets the same catalog from the seed.
-- - R5 (cross-border power interconnection) belongs to stage 1, "intelligent + energy".
-- - Stage features: T5 and R2 are platforms, I4 is institutional docking; T7 (R&D spending) is a
--   flow, summed per reporting period and expressed per year.
-- - New indicators the article names: T9 platform co-construction, I9 government–industry–
--   academia–research exchanges, I10 system coordination, I11 high-tech-park investment
--   promotion (the article's stage-3 example), R9 green and low-carbon cooperation, R10
--   people-to-people exchanges, R11 factor compatibility.
-- - The existing weights of each dimension are scaled down, keeping their proportions (an
--   administrator may have tuned them), so that the new indicators get their seeded weights.
-- The active scoring model is not touched: its catalog and context are frozen. A new, inactive
-- version with the article's configuration (Wang et al. 2021 coupling, feature-based stages,
-- missing indicators count as 0) and this catalog is added; an administrator activates it on
-- /admin/scoring, which re-scores the portfolio.
DO $$
DECLARE
  next_version integer;
  model_id uuid := gen_random_uuid();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "indicators" WHERE "code" = 'T1') OR EXISTS (SELECT 1 FROM "indicators" WHERE "code" = 'T9') THEN
    RETURN;
  END IF;

  CREATE TEMP TABLE article_new (
    code text, dimension text, stage_tag integer, unit text, direction text, kind text, lower double precision,
    upper double precision, weight double precision, flags text[], name_en text, name_zh text, name_ru text,
    definition_en text, definition_zh text, definition_ru text
  ) ON COMMIT DROP;
  INSERT INTO article_new VALUES
      ('T9', 'TECHNOLOGY', 2, 'level', 'BENEFIT', 'ORDINAL', 0, 4, 0.11, ARRAY['platform']::text[],
       'Platform co-construction', '平台共建水平', 'Совместное создание платформ',
       'The article''s "platform co-construction": 0 none, 1 agreement to build a shared platform, 2 platform run by one side with access for the other, 3 platform built and operated jointly, 4 joint platform open to other enterprises of both countries.',
       '文中的“平台共建”：0 无；1 签署共建平台协议；2 由一方运营、另一方可使用；3 双方共同建设并运营；4 联合平台向两国其他企业开放。',
       '«Совместное создание платформ» по статье: 0 — нет, 1 — соглашение о создании общей платформы, 2 — платформа одной стороны с доступом для другой, 3 — платформа создана и эксплуатируется совместно, 4 — совместная платформа открыта для других предприятий обеих стран.'),
      ('I9', 'INSTITUTIONAL', 2, 'count', 'BENEFIT', 'QUANTITATIVE', 0, 12, 0.08, ARRAY['flow']::text[],
       'Government–industry–academia–research exchanges', '政产学研交流活动', 'Обмены между государством, бизнесом, наукой и образованием',
       'Meetings, forums and working visits that bring together government bodies, enterprises, universities and research institutes of both countries on the project''s field, per year (each held event counted once).',
       '围绕项目领域、由两国政府部门、企业、高校和科研院所共同参加的会议、论坛和工作访问次数，按年计（每场活动只计一次）。',
       'Встречи, форумы и рабочие визиты с участием органов власти, предприятий, вузов и научных институтов обеих стран по профилю проекта, в год (каждое мероприятие учитывается один раз).'),
      ('I10', 'INSTITUTIONAL', 3, 'level', 'BENEFIT', 'ORDINAL', 0, 4, 0.11, ARRAY['docking']::text[],
       'System coordination', '制度协调水平', 'Институциональная координация',
       'The article''s "system coordination" (institutional and strategic docking): 0 none, 1 regular consultations, 2 memorandum on aligned rules, 3 aligned rules applied to the project in both countries, 4 docking of development strategies with a joint body that decides on the project.',
       '文中的“制度协调”（制度与战略对接）：0 无；1 定期磋商；2 签署规则协调备忘录；3 协调一致的规则在两国适用于项目；4 发展战略对接，并设有对项目作出决策的联合机构。',
       '«Институциональная координация» по статье (институциональная и стратегическая стыковка): 0 — нет, 1 — регулярные консультации, 2 — меморандум о согласовании правил, 3 — согласованные правила применяются к проекту в обеих странах, 4 — стыковка стратегий развития и совместный орган, принимающий решения по проекту.'),
      ('I11', 'INSTITUTIONAL', 3, 'count', 'BENEFIT', 'QUANTITATIVE', 0, 5, 0.1, ARRAY['docking']::text[],
       'High-tech park investment-promotion mechanisms open to the partner country', '向对方国家开放的高新技术园区招商引资机制', 'Механизмы привлечения инвестиций в парки высоких технологий, открытые для страны-партнёра',
       'Investment-promotion mechanisms of high-tech parks (one-stop services, resident status, preferential regimes) that the project''s investors from the other country can use, as the article''s example of stage-3 docking.',
       '项目中对方国家投资者可使用的高新技术园区招商引资机制（一站式服务、入园企业资格、优惠制度）数量，即文中第三阶段对接的示例。',
       'Механизмы привлечения инвестиций в парки высоких технологий (единое окно, статус резидента, льготные режимы), которыми могут пользоваться инвесторы проекта из другой страны, — пример стыковки третьего этапа в статье.'),
      ('R9', 'RESOURCE', 1, 'ktCo2e', 'BENEFIT', 'QUANTITATIVE', 0, 200, 0.1, ARRAY[]::text[],
       'Green and low-carbon cooperation: emissions avoided', '绿色低碳合作：减少的排放量', 'Зелёное и низкоуглеродное сотрудничество: предотвращённые выбросы',
       'Greenhouse-gas emissions avoided per year by the project''s joint low-carbon solutions (energy efficiency, renewable power, smart grids), in thousand tonnes of CO₂ equivalent against the baseline.',
       '项目联合低碳方案（能效提升、可再生能源、智能电网）每年相对基线减少的温室气体排放量，单位为千吨二氧化碳当量。',
       'Выбросы парниковых газов, предотвращённые за год совместными низкоуглеродными решениями проекта (энергоэффективность, ВИЭ, интеллектуальные сети), в тысячах тонн CO₂-эквивалента относительно базового уровня.'),
      ('R10', 'RESOURCE', 1, 'persons', 'BENEFIT', 'QUANTITATIVE', 0, 300, 0.09, ARRAY['flow']::text[],
       'People-to-people exchanges', '人文交流', 'Гуманитарные обмены',
       'People who took part in the project''s exchanges between the two countries (study visits, internships, joint cultural and professional events), per year; each partner reports the participants it sent.',
       '参加项目两国间交流（考察访问、实习、联合文化和专业活动）的人数，按年计；各合作方填报本方派出的人员。',
       'Участники обменов проекта между двумя странами (ознакомительные визиты, стажировки, совместные культурные и профессиональные мероприятия) в год; каждый партнёр указывает направленных им участников.'),
      ('R11', 'RESOURCE', 2, 'level', 'BENEFIT', 'ORDINAL', 0, 4, 0.11, ARRAY[]::text[],
       'Factor compatibility', '要素兼容水平', 'Совместимость факторов производства',
       'The article''s "factor compatibility": how freely capital, talent, data and technology of the two sides combine in the project. 0 not at all, 1 one factor, 2 two factors, 3 three factors, 4 all four under agreed rules.',
       '文中的“要素兼容”：双方的资本、人才、数据和技术在项目中结合的程度。0 无；1 一种要素；2 两种要素；3 三种要素；4 四种要素均按约定规则结合。',
       '«Совместимость факторов» по статье: насколько свободно капитал, кадры, данные и технологии двух сторон соединяются в проекте. 0 — никак, 1 — один фактор, 2 — два, 3 — три, 4 — все четыре по согласованным правилам.');

  UPDATE "indicators" i
  SET "weight" = i."weight" * (1 - n.new_sum) / NULLIF(o.old_sum, 0), "version" = i."version" + 1, "updated_at" = now()
  FROM (SELECT dimension, sum(weight) AS new_sum FROM article_new GROUP BY dimension) n,
       (SELECT "dimension"::text AS dimension, sum("weight") AS old_sum FROM "indicators" WHERE "active" GROUP BY "dimension") o
  WHERE i."active" AND i."dimension"::text = n.dimension AND o.dimension = n.dimension;

  UPDATE "indicators" SET "stage_tag" = 1, "version" = "version" + 1, "updated_at" = now() WHERE "code" = 'R5' AND "stage_tag" <> 1;
  UPDATE "indicators" SET "flags" = array_append("flags", f.flag), "version" = "version" + 1, "updated_at" = now()
  FROM (VALUES ('T5', 'platform'), ('R2', 'platform'), ('I4', 'docking'), ('T7', 'flow')) AS f(code, flag)
  WHERE "indicators"."code" = f.code AND NOT (f.flag = ANY("indicators"."flags"));
  UPDATE "indicators"
  SET "name_en" = 'Joint R&D expenditure per year', "name_zh" = '年度联合研发投入', "name_ru" = 'Совместные расходы на НИОКР в год',
      "definition_en" = 'Research and development spending on the project''s joint work packages. Each partner reports its own spending for the reporting period; the project''s figure is their sum, expressed per year.',
      "definition_zh" = '项目联合工作包的研发支出。各合作方分别填报本方在报告期内的支出，项目数值为各方之和，并折算为年度值。',
      "definition_ru" = 'Расходы на исследования и разработки по совместным пакетам работ проекта. Каждый партнёр указывает свои расходы за отчётный период; показатель проекта — их сумма в пересчёте на год.',
      "version" = "version" + 1, "updated_at" = now()
  WHERE "code" = 'T7';

  INSERT INTO "indicators" ("id", "code", "dimension", "stage_tag", "unit", "direction", "kind", "lower", "upper", "weight", "flags",
    "name_en", "name_zh", "name_ru", "definition_en", "definition_zh", "definition_ru", "updated_at")
  SELECT gen_random_uuid(), code, dimension::"Dimension", stage_tag, unit, direction::"IndicatorDirection", kind::"IndicatorKind", lower,
    upper, weight, flags, name_en, name_zh, name_ru, definition_en, definition_zh, definition_ru, now()
  FROM article_new;

  SELECT coalesce(max("version"), 0) + 1 INTO next_version FROM "scoring_models";
  INSERT INTO "scoring_models" ("id", "version", "config", "catalog", "active", "note")
  SELECT model_id, next_version,
    jsonb_set('{"normalization":{"kind":"goalposts"},"weighting":{"kind":"expert"},"couplingVariant":"wang","dimensionWeights":{"TECHNOLOGY":0.3333333333333333,"INSTITUTIONAL":0.3333333333333333,"RESOURCE":0.3333333333333333},"statusFactors":{"DRAFT":0,"SUBMITTED":0.5,"VERIFIED":1,"DISPUTED":0,"RETURNED":0,"WITHDRAWN":0},"levelThresholds":[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9],"stage":{"stage3":{"minD":0.5,"minU":0.3,"minIndicators":2},"stage2":{"minD":0.3,"minIndicators":2},"features":{"stage2":["platform"],"stage3":["platform","docking"]}},"constraints":{"institutionalLag":0.2,"dataGovernance":0.3,"talent":0.3},"missingIndicators":"zero"}'::jsonb, '{version}', to_jsonb(next_version)),
    jsonb_agg(jsonb_build_object(
      'id', "id", 'code', "code", 'dimension', "dimension", 'stageTag', "stage_tag", 'unit', "unit", 'direction', "direction",
      'kind', "kind", 'lower', "lower", 'upper', "upper", 'weight', "weight", 'flags', to_jsonb("flags"), 'nameEn', "name_en",
      'nameZh', "name_zh", 'nameRu', "name_ru", 'definitionEn', "definition_en", 'definitionZh', "definition_zh",
      'definitionRu', "definition_ru", 'version', "version") ORDER BY "code"),
    false, 'Article model: Wang et al. 2021 coupling, feature-based stages, missing indicators count as 0, article catalog'
  FROM "indicators" WHERE "active";

  INSERT INTO "audit_log" ("actor_id", "action", "entity_type", "entity_id", "after")
  VALUES (NULL, 'migration.articleCatalog', 'ScoringModel', model_id::text,
    jsonb_build_object('version', next_version, 'added', (SELECT jsonb_agg(code) FROM article_new), 'active', false));
END $$;
