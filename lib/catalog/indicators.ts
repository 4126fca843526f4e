/**
 * The seeded indicator catalog (pure data) for the source article's three-dimensional framework
 * (technology integration, institutional matching, resource coupling): the original 24 plus the
 * article's green cooperation, people-to-people and government–industry–academia exchanges, the
 * "factor compatibility / system coordination / platform co-construction" triad and the
 * high-tech-park investment-promotion mechanism (lib/scoring/README.md). Goalposts are the values
 * a strong joint project reaches in about three years; expert weights sum to 1 inside each
 * dimension. Flags: `platform` and `docking` are the stage features, `flow` marks quantities per
 * period (summed per reporting period and expressed per year).
 */
import { DATA_GOVERNANCE_FLAG, DOCKING_FLAG, FLOW_FLAG, PLATFORM_FLAG, TALENT_FLAG, type Dimension, type StageTag } from "@/lib/scoring";

/** Unit keys; labels are translated under `catalog.units`. */
export const UNITS = ["count", "percent", "persons", "hours", "days", "megawatts", "millionUsd", "level", "ktCo2e"] as const;
export type Unit = (typeof UNITS)[number];

export type IndicatorSeed = {
  code: string;
  dimension: Dimension;
  stageTag: StageTag;
  unit: Unit;
  direction: "BENEFIT" | "COST";
  kind: "QUANTITATIVE" | "ORDINAL";
  lower: number;
  upper: number;
  weight: number;
  flags: string[];
  name: { en: string; zh: string; ru: string };
  definition: { en: string; zh: string; ru: string };
};

const count = (lower: number, upper: number) => ({
  unit: "count" as const,
  direction: "BENEFIT" as const,
  kind: "QUANTITATIVE" as const,
  lower,
  upper,
});
const ordinal = { unit: "level" as const, direction: "BENEFIT" as const, kind: "ORDINAL" as const, lower: 0, upper: 4 };

export const INDICATOR_SEEDS: readonly IndicatorSeed[] = [
  // Technology integration
  {
    code: "T1",
    dimension: "TECHNOLOGY",
    stageTag: 1,
    ...count(0, 10),
    weight: 0.16,
    flags: [],
    name: {
      en: "Jointly developed industrial robot systems and intelligent assembly lines",
      zh: "联合研发的工业机器人系统和智能装配线",
      ru: "Совместно разработанные промышленные робототехнические системы и интеллектуальные сборочные линии",
    },
    definition: {
      en: "Number of industrial robot systems and intelligent assembly lines developed jointly by the Chinese and Russian partners and put into operation.",
      zh: "中俄合作伙伴联合研发并投入运行的工业机器人系统和智能装配线数量。",
      ru: "Количество промышленных робототехнических систем и интеллектуальных сборочных линий, совместно разработанных российскими и китайскими партнёрами и введённых в эксплуатацию.",
    },
  },
  {
    code: "T2",
    dimension: "TECHNOLOGY",
    stageTag: 2,
    unit: "percent",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 80,
    weight: 0.13,
    flags: [],
    name: { en: "Equipment localization rate", zh: "设备本地化率", ru: "Уровень локализации оборудования" },
    definition: {
      en: "Share of the project's equipment (by value) produced or assembled in the host country.",
      zh: "项目设备中在东道国生产或组装的部分所占比例（按价值计）。",
      ru: "Доля оборудования проекта (по стоимости), произведённого или собранного в принимающей стране.",
    },
  },
  {
    code: "T3",
    dimension: "TECHNOLOGY",
    stageTag: 2,
    ...count(0, 30),
    weight: 0.12,
    flags: [],
    name: { en: "Co-filed patents", zh: "联合申请专利", ru: "Совместно поданные патентные заявки" },
    definition: {
      en: "Patent applications filed jointly by at least one Chinese and one Russian partner of the project.",
      zh: "由项目中至少一家中方和一家俄方合作伙伴联合提交的专利申请数量。",
      ru: "Патентные заявки, поданные совместно как минимум одним китайским и одним российским партнёром проекта.",
    },
  },
  {
    code: "T4",
    dimension: "TECHNOLOGY",
    stageTag: 1,
    ...count(0, 10),
    weight: 0.1,
    flags: [],
    name: {
      en: "Smart-grid and energy-management systems deployed",
      zh: "已部署的智能电网和能源管理系统",
      ru: "Внедрённые системы интеллектуальных сетей и управления энергопотреблением",
    },
    definition: {
      en: "Smart-grid, automation and energy-management systems deployed by the project in either country.",
      zh: "项目在任一国家部署的智能电网、自动化和能源管理系统数量。",
      ru: "Системы интеллектуальных электросетей, автоматизации и управления энергопотреблением, внедрённые проектом в любой из стран.",
    },
  },
  {
    code: "T5",
    dimension: "TECHNOLOGY",
    stageTag: 2,
    ...count(0, 5),
    weight: 0.11,
    flags: [PLATFORM_FLAG],
    name: {
      en: "Joint data platforms and cloud services in operation",
      zh: "运行中的联合数据平台和云服务",
      ru: "Действующие совместные платформы данных и облачные сервисы",
    },
    definition: {
      en: "Data platforms, cloud-computing and supply-chain collaboration services operated jointly by the partners.",
      zh: "合作伙伴联合运营的数据平台、云计算和供应链协同服务数量。",
      ru: "Платформы данных, облачные сервисы и сервисы совместного управления цепочками поставок, эксплуатируемые партнёрами совместно.",
    },
  },
  {
    code: "T6",
    dimension: "TECHNOLOGY",
    stageTag: 3,
    ...ordinal,
    weight: 0.09,
    flags: [],
    name: {
      en: "Maturity of the jointly integrated technology",
      zh: "联合集成技术的成熟度",
      ru: "Зрелость совместно интегрированной технологии",
    },
    definition: {
      en: "0 concept, 1 laboratory prototype, 2 pilot line, 3 serial production in one country, 4 serial production in both countries.",
      zh: "0 概念；1 实验室样机；2 中试线；3 在一国批量生产；4 在两国批量生产。",
      ru: "0 — концепция, 1 — лабораторный образец, 2 — пилотная линия, 3 — серийное производство в одной стране, 4 — серийное производство в обеих странах.",
    },
  },
  {
    code: "T7",
    dimension: "TECHNOLOGY",
    stageTag: 1,
    unit: "millionUsd",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 50,
    weight: 0.1,
    flags: [FLOW_FLAG],
    name: { en: "Joint R&D expenditure per year", zh: "年度联合研发投入", ru: "Совместные расходы на НИОКР в год" },
    definition: {
      en: "Research and development spending on the project's joint work packages. Each partner reports its own spending for the reporting period; the project's figure is their sum, expressed per year.",
      zh: "项目联合工作包的研发支出。各合作方分别填报本方在报告期内的支出，项目数值为各方之和，并折算为年度值。",
      ru: "Расходы на исследования и разработки по совместным пакетам работ проекта. Каждый партнёр указывает свои расходы за отчётный период; показатель проекта — их сумма в пересчёте на год.",
    },
  },
  {
    code: "T8",
    dimension: "TECHNOLOGY",
    stageTag: 3,
    unit: "percent",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 30,
    weight: 0.08,
    flags: [],
    name: {
      en: "Production cost reduction through localized intermediate links",
      zh: "中间环节本地化带来的生产成本降低",
      ru: "Снижение себестоимости за счёт локализации промежуточных звеньев",
    },
    definition: {
      en: "Reduction of unit production cost compared with the baseline before the intermediate links were localized.",
      zh: "与中间环节本地化之前的基线相比，单位生产成本的降低幅度。",
      ru: "Снижение себестоимости единицы продукции по сравнению с базовым уровнем до локализации промежуточных звеньев.",
    },
  },
  {
    code: "T9",
    dimension: "TECHNOLOGY",
    stageTag: 2,
    ...ordinal,
    weight: 0.11,
    flags: [PLATFORM_FLAG],
    name: { en: "Platform co-construction", zh: "平台共建水平", ru: "Совместное создание платформ" },
    definition: {
      en: 'The article\'s "platform co-construction": 0 none, 1 agreement to build a shared platform, 2 platform run by one side with access for the other, 3 platform built and operated jointly, 4 joint platform open to other enterprises of both countries.',
      zh: "文中的“平台共建”：0 无；1 签署共建平台协议；2 由一方运营、另一方可使用；3 双方共同建设并运营；4 联合平台向两国其他企业开放。",
      ru: "«Совместное создание платформ» по статье: 0 — нет, 1 — соглашение о создании общей платформы, 2 — платформа одной стороны с доступом для другой, 3 — платформа создана и эксплуатируется совместно, 4 — совместная платформа открыта для других предприятий обеих стран.",
    },
  },
  // Institutional matching
  {
    code: "I1",
    dimension: "INSTITUTIONAL",
    stageTag: 1,
    unit: "percent",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 40,
    weight: 0.1,
    flags: [],
    name: { en: "Enterprise registration cycle reduction", zh: "企业注册周期缩短", ru: "Сокращение срока регистрации предприятий" },
    definition: {
      en: "How much shorter registering a partner enterprise has become under the project's facilitation arrangements (the pilot reached 20%).",
      zh: "在项目便利化安排下，合作企业注册周期缩短的幅度（试点达到20%）。",
      ru: "На сколько сократился срок регистрации предприятия-партнёра благодаря механизмам содействия проекта (в пилоте — на 20%).",
    },
  },
  {
    code: "I2",
    dimension: "INSTITUTIONAL",
    stageTag: 2,
    ...count(0, 20),
    weight: 0.09,
    flags: [],
    name: {
      en: "Joint intellectual property registrations",
      zh: "知识产权联合登记",
      ru: "Совместные регистрации интеллектуальной собственности",
    },
    definition: {
      en: "Intellectual property rights registered through the joint registration mechanism in both countries.",
      zh: "通过联合登记机制在两国登记的知识产权数量。",
      ru: "Права интеллектуальной собственности, зарегистрированные через совместный механизм регистрации в обеих странах.",
    },
  },
  {
    code: "I3",
    dimension: "INSTITUTIONAL",
    stageTag: 2,
    ...count(0, 5),
    weight: 0.1,
    flags: [DATA_GOVERNANCE_FLAG],
    name: { en: "Cross-border data-circulation agreements", zh: "跨境数据流通协议", ru: "Соглашения о трансграничном обороте данных" },
    definition: {
      en: "Agreements in force that govern cross-border data flows of the project (energy, transport, manufacturing).",
      zh: "规范项目跨境数据流动（能源、交通、制造领域）的有效协议数量。",
      ru: "Действующие соглашения, регулирующие трансграничные потоки данных проекта (энергетика, транспорт, производство).",
    },
  },
  {
    code: "I4",
    dimension: "INSTITUTIONAL",
    stageTag: 3,
    ...count(0, 10),
    weight: 0.1,
    flags: [DATA_GOVERNANCE_FLAG, DOCKING_FLAG],
    name: { en: "Harmonized standards", zh: "协调统一的标准", ru: "Гармонизированные стандарты" },
    definition: {
      en: "Standards aligned between China and Russia and applied by the project, e.g. power carbon-emission indicators, data security, AI ethics.",
      zh: "中俄之间协调一致并在项目中应用的标准数量，例如电力碳排放指标、数据安全、人工智能伦理。",
      ru: "Стандарты, согласованные между Китаем и Россией и применяемые в проекте, например показатели углеродных выбросов в энергетике, безопасность данных, этика ИИ.",
    },
  },
  {
    code: "I5",
    dimension: "INSTITUTIONAL",
    stageTag: 1,
    ...count(0, 10),
    weight: 0.09,
    flags: [],
    name: { en: "Investment facilitation measures in force", zh: "有效的投资便利化措施", ru: "Действующие меры содействия инвестициям" },
    definition: {
      en: "Facilitation policies for cross-border investment that apply to the project (approvals, tax, land, financing).",
      zh: "适用于项目的跨境投资便利化政策数量（审批、税收、土地、融资）。",
      ru: "Меры содействия трансграничным инвестициям, применимые к проекту (разрешения, налоги, земля, финансирование).",
    },
  },
  {
    code: "I6",
    dimension: "INSTITUTIONAL",
    stageTag: 2,
    ...ordinal,
    weight: 0.08,
    flags: [DATA_GOVERNANCE_FLAG],
    name: { en: "Data-security compliance level", zh: "数据安全合规水平", ru: "Уровень соответствия требованиям безопасности данных" },
    definition: {
      en: "0 none, 1 policy drafted, 2 compliant in one country, 3 compliant in both countries, 4 jointly audited.",
      zh: "0 无；1 已起草制度；2 在一国合规；3 在两国合规；4 经联合审计。",
      ru: "0 — нет, 1 — разработана политика, 2 — соответствие в одной стране, 3 — соответствие в обеих странах, 4 — совместный аудит пройден.",
    },
  },
  {
    code: "I7",
    dimension: "INSTITUTIONAL",
    stageTag: 1,
    unit: "hours",
    direction: "COST",
    kind: "QUANTITATIVE",
    lower: 2,
    upper: 72,
    weight: 0.08,
    flags: [],
    name: { en: "Customs clearance time", zh: "通关时间", ru: "Время таможенного оформления" },
    definition: {
      en: "Average time to clear the project's cross-border shipments through customs; lower is better.",
      zh: "项目跨境货物平均通关时间；越短越好。",
      ru: "Среднее время таможенного оформления трансграничных поставок проекта; чем меньше, тем лучше.",
    },
  },
  {
    code: "I8",
    dimension: "INSTITUTIONAL",
    stageTag: 1,
    ...count(0, 5),
    weight: 0.07,
    flags: [],
    name: { en: "Joint coordination bodies", zh: "联合协调机构", ru: "Совместные координационные органы" },
    definition: {
      en: "Joint committees and working groups with a mandate over the project that met during the period.",
      zh: "报告期内召开过会议、对项目负有职责的联合委员会和工作组数量。",
      ru: "Совместные комитеты и рабочие группы с полномочиями по проекту, проводившие заседания в отчётном периоде.",
    },
  },
  {
    code: "I9",
    dimension: "INSTITUTIONAL",
    stageTag: 2,
    ...count(0, 12),
    weight: 0.08,
    flags: [FLOW_FLAG],
    name: {
      en: "Government–industry–academia–research exchanges",
      zh: "政产学研交流活动",
      ru: "Обмены между государством, бизнесом, наукой и образованием",
    },
    definition: {
      en: "Meetings, forums and working visits that bring together government bodies, enterprises, universities and research institutes of both countries on the project's field, per year (each held event counted once).",
      zh: "围绕项目领域、由两国政府部门、企业、高校和科研院所共同参加的会议、论坛和工作访问次数，按年计（每场活动只计一次）。",
      ru: "Встречи, форумы и рабочие визиты с участием органов власти, предприятий, вузов и научных институтов обеих стран по профилю проекта, в год (каждое мероприятие учитывается один раз).",
    },
  },
  {
    code: "I10",
    dimension: "INSTITUTIONAL",
    stageTag: 3,
    ...ordinal,
    weight: 0.11,
    flags: [DOCKING_FLAG],
    name: { en: "System coordination", zh: "制度协调水平", ru: "Институциональная координация" },
    definition: {
      en: 'The article\'s "system coordination" (institutional and strategic docking): 0 none, 1 regular consultations, 2 memorandum on aligned rules, 3 aligned rules applied to the project in both countries, 4 docking of development strategies with a joint body that decides on the project.',
      zh: "文中的“制度协调”（制度与战略对接）：0 无；1 定期磋商；2 签署规则协调备忘录；3 协调一致的规则在两国适用于项目；4 发展战略对接，并设有对项目作出决策的联合机构。",
      ru: "«Институциональная координация» по статье (институциональная и стратегическая стыковка): 0 — нет, 1 — регулярные консультации, 2 — меморандум о согласовании правил, 3 — согласованные правила применяются к проекту в обеих странах, 4 — стыковка стратегий развития и совместный орган, принимающий решения по проекту.",
    },
  },
  {
    code: "I11",
    dimension: "INSTITUTIONAL",
    stageTag: 3,
    ...count(0, 5),
    weight: 0.1,
    flags: [DOCKING_FLAG],
    name: {
      en: "High-tech park investment-promotion mechanisms open to the partner country",
      zh: "向对方国家开放的高新技术园区招商引资机制",
      ru: "Механизмы привлечения инвестиций в парки высоких технологий, открытые для страны-партнёра",
    },
    definition: {
      en: "Investment-promotion mechanisms of high-tech parks (one-stop services, resident status, preferential regimes) that the project's investors from the other country can use, as the article's example of stage-3 docking.",
      zh: "项目中对方国家投资者可使用的高新技术园区招商引资机制（一站式服务、入园企业资格、优惠制度）数量，即文中第三阶段对接的示例。",
      ru: "Механизмы привлечения инвестиций в парки высоких технологий (единое окно, статус резидента, льготные режимы), которыми могут пользоваться инвесторы проекта из другой страны, — пример стыковки третьего этапа в статье.",
    },
  },
  // Resource coupling
  {
    code: "R1",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "persons",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 500,
    weight: 0.11,
    flags: [TALENT_FLAG],
    name: {
      en: "Engineers and AI specialists jointly trained",
      zh: "联合培养的工程师和人工智能专业人才",
      ru: "Совместно подготовленные инженеры и специалисты по ИИ",
    },
    definition: {
      en: "Engineers and AI specialists who completed a training programme run jointly by the partners.",
      zh: "完成由合作伙伴联合举办的培训项目的工程师和人工智能专业人才人数。",
      ru: "Инженеры и специалисты по ИИ, завершившие программы обучения, проводимые партнёрами совместно.",
    },
  },
  {
    code: "R2",
    dimension: "RESOURCE",
    stageTag: 2,
    ...count(0, 5),
    weight: 0.1,
    flags: [PLATFORM_FLAG],
    name: { en: "Jointly built experimental platforms", zh: "共建实验平台", ru: "Совместно созданные экспериментальные платформы" },
    definition: {
      en: "Laboratories, test beds and experimental platforms built and operated jointly.",
      zh: "联合建设和运营的实验室、试验台和实验平台数量。",
      ru: "Лаборатории, испытательные стенды и экспериментальные платформы, созданные и эксплуатируемые совместно.",
    },
  },
  {
    code: "R3",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "persons",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 100,
    weight: 0.09,
    flags: [TALENT_FLAG],
    name: { en: "Bilingual specialists employed", zh: "聘用的双语专业人员", ru: "Занятые двуязычные специалисты" },
    definition: {
      en: "Specialists working on the project who are fluent in both Chinese and Russian.",
      zh: "在项目中工作、能熟练使用中俄两种语言的专业人员人数。",
      ru: "Специалисты, работающие в проекте и свободно владеющие китайским и русским языками.",
    },
  },
  {
    code: "R4",
    dimension: "RESOURCE",
    stageTag: 2,
    ...count(0, 5),
    weight: 0.08,
    flags: [TALENT_FLAG],
    name: { en: "Joint degree programmes", zh: "联合学位项目", ru: "Совместные образовательные программы с присвоением степени" },
    definition: {
      en: "Degree programmes run jointly by Chinese and Russian universities for the project's field.",
      zh: "中俄高校为项目领域联合开设的学位项目数量。",
      ru: "Программы с присвоением степени, реализуемые совместно китайскими и российскими вузами по профилю проекта.",
    },
  },
  {
    code: "R5",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "megawatts",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 1000,
    weight: 0.08,
    flags: [],
    name: { en: "Cross-border power interconnection capacity", zh: "跨境电力互联容量", ru: "Мощность трансграничных электрических связей" },
    definition: {
      en: "Transmission capacity of cross-border power interconnections built or upgraded by the project.",
      zh: "项目新建或升级的跨境电力互联线路输电容量。",
      ru: "Пропускная способность трансграничных электрических связей, построенных или модернизированных проектом.",
    },
  },
  {
    code: "R6",
    dimension: "RESOURCE",
    stageTag: 3,
    ...count(0, 10),
    weight: 0.08,
    flags: [],
    name: {
      en: "Cross-border energy and resource flows integrated",
      zh: "整合的跨境能源和资源流",
      ru: "Интегрированные трансграничные потоки энергии и ресурсов",
    },
    definition: {
      en: "Energy and resource flows between the two countries managed on a shared intelligent platform.",
      zh: "在共享智能平台上统一管理的两国间能源和资源流数量。",
      ru: "Потоки энергии и ресурсов между двумя странами, управляемые на общей интеллектуальной платформе.",
    },
  },
  {
    code: "R7",
    dimension: "RESOURCE",
    stageTag: 1,
    ...count(0, 50),
    weight: 0.08,
    flags: [],
    name: { en: "Shared supply-chain partners", zh: "共享供应链合作伙伴", ru: "Общие партнёры по цепочке поставок" },
    definition: {
      en: "Suppliers and logistics providers that serve partners in both countries under the project.",
      zh: "在项目框架下同时为两国合作伙伴提供服务的供应商和物流服务商数量。",
      ru: "Поставщики и логистические компании, обслуживающие партнёров проекта в обеих странах.",
    },
  },
  {
    code: "R8",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "millionUsd",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 200,
    weight: 0.08,
    flags: [],
    name: { en: "Joint investment committed", zh: "承诺的联合投资", ru: "Объявленные совместные инвестиции" },
    definition: {
      en: "Capital committed jointly by the Chinese and Russian partners to the project.",
      zh: "中俄合作伙伴共同承诺投入项目的资本。",
      ru: "Капитал, совместно выделенный на проект китайскими и российскими партнёрами.",
    },
  },
  {
    code: "R9",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "ktCo2e",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 200,
    weight: 0.1,
    flags: [],
    name: {
      en: "Green and low-carbon cooperation: emissions avoided",
      zh: "绿色低碳合作：减少的排放量",
      ru: "Зелёное и низкоуглеродное сотрудничество: предотвращённые выбросы",
    },
    definition: {
      en: "Greenhouse-gas emissions avoided per year by the project's joint low-carbon solutions (energy efficiency, renewable power, smart grids), in thousand tonnes of CO₂ equivalent against the baseline.",
      zh: "项目联合低碳方案（能效提升、可再生能源、智能电网）每年相对基线减少的温室气体排放量，单位为千吨二氧化碳当量。",
      ru: "Выбросы парниковых газов, предотвращённые за год совместными низкоуглеродными решениями проекта (энергоэффективность, ВИЭ, интеллектуальные сети), в тысячах тонн CO₂-эквивалента относительно базового уровня.",
    },
  },
  {
    code: "R10",
    dimension: "RESOURCE",
    stageTag: 1,
    unit: "persons",
    direction: "BENEFIT",
    kind: "QUANTITATIVE",
    lower: 0,
    upper: 300,
    weight: 0.09,
    flags: [FLOW_FLAG],
    name: { en: "People-to-people exchanges", zh: "人文交流", ru: "Гуманитарные обмены" },
    definition: {
      en: "People who took part in the project's exchanges between the two countries (study visits, internships, joint cultural and professional events), per year; each partner reports the participants it sent.",
      zh: "参加项目两国间交流（考察访问、实习、联合文化和专业活动）的人数，按年计；各合作方填报本方派出的人员。",
      ru: "Участники обменов проекта между двумя странами (ознакомительные визиты, стажировки, совместные культурные и профессиональные мероприятия) в год; каждый партнёр указывает направленных им участников.",
    },
  },
  {
    code: "R11",
    dimension: "RESOURCE",
    stageTag: 2,
    ...ordinal,
    weight: 0.11,
    flags: [],
    name: { en: "Factor compatibility", zh: "要素兼容水平", ru: "Совместимость факторов производства" },
    definition: {
      en: 'The article\'s "factor compatibility": how freely capital, talent, data and technology of the two sides combine in the project. 0 not at all, 1 one factor, 2 two factors, 3 three factors, 4 all four under agreed rules.',
      zh: "文中的“要素兼容”：双方的资本、人才、数据和技术在项目中结合的程度。0 无；1 一种要素；2 两种要素；3 三种要素；4 四种要素均按约定规则结合。",
      ru: "«Совместимость факторов» по статье: насколько свободно капитал, кадры, данные и технологии двух сторон соединяются в проекте. 0 — никак, 1 — один фактор, 2 — два, 3 — три, 4 — все четыре по согласованным правилам.",
    },
  },
];
