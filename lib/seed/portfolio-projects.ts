/**
 * The demo portfolio's joint projects (non-production databases only). Each has its text in the
 * original language and, for some, people's translations; `stale` marks projects whose original
 * changed after translation, so those translations show as outdated.
 */
type OrgKey = "hit" | "park" | "robot" | "grid" | "fefu" | "rugrid" | "machine" | "it";
type Sector =
  "ENERGY_GRID" | "INTELLIGENT_MANUFACTURING" | "DIGITAL_PLATFORMS" | "TRANSPORT_LOGISTICS" | "AGRICULTURE" | "EDUCATION_TALENT" | "OTHER";
type Text = readonly [title: string, summary: string];

export type PortfolioProject = {
  o: "zh" | "ru" | "en";
  t: { zh?: Text; ru?: Text; en?: Text };
  sector: Sector;
  location: string;
  stage: 1 | 2 | 3;
  status: "DRAFT" | "ACTIVE" | "COMPLETED" | "SUSPENDED";
  lead: OrgKey;
  partners: OrgKey[];
  pending?: OrgKey;
  start: string;
  end?: string;
  stale?: boolean;
  /** 0–1: how far the project has come; drives the evidence values. */
  maturity: number;
  /** Who reports an indicator, pinned (the demo discussion refers to these items). */
  reporters?: Record<string, OrgKey>;
  /** The status of the latest round's item of an indicator, pinned likewise. */
  latestStatus?: Record<string, "SUBMITTED" | "VERIFIED">;
  /** Reporting rounds (indices of lib/seed/evidence.ts PERIODS) the project reported nothing for. */
  silentRounds?: number[];
};

export const PORTFOLIO: PortfolioProject[] = [
  {
    o: "zh",
    sector: "INTELLIGENT_MANUFACTURING",
    location: "哈尔滨中俄高新技术产业园",
    stage: 3,
    status: "ACTIVE",
    lead: "park",
    partners: ["robot", "hit", "machine", "fefu"],
    start: "2024-03-01",
    end: "2028-12-31",
    maturity: 0.85,
    reporters: { T1: "robot", T2: "park", T3: "hit", I11: "park", R2: "hit", R1: "fefu" },
    latestStatus: { T1: "SUBMITTED", T2: "VERIFIED", T3: "SUBMITTED" },
    t: {
      zh: [
        "哈尔滨中俄高新技术产业园智能制造联合项目",
        "中俄联合开发工业机器人系统与智能装配线，推进设备本地化；开展知识产权联合登记和投资便利化，企业注册周期缩短20%；联合培养人工智能人才并共建实验平台。",
      ],
      ru: [
        "Совместный проект интеллектуального производства в Харбинском китайско-российском парке высоких технологий",
        "Совместная разработка систем промышленных роботов и интеллектуальных сборочных линий, локализация оборудования; совместная регистрация ИС и упрощение инвестиций (срок регистрации предприятий сокращён на 20 %); совместная подготовка специалистов по ИИ и экспериментальные платформы.",
      ],
      en: [
        "Harbin China–Russia High-tech Park joint intelligent manufacturing project",
        "Joint development of industrial robot systems and intelligent assembly lines with equipment localization; joint IP registration and investment facilitation (enterprise registration 20 % faster); joint AI-talent training and shared experimental platforms.",
      ],
    },
  },
  {
    o: "zh",
    sector: "ENERGY_GRID",
    location: "黑河—布拉戈维申斯克",
    stage: 1,
    status: "ACTIVE",
    lead: "grid",
    partners: ["rugrid"],
    start: "2024-06-01",
    end: "2029-06-30",
    maturity: 0.7,
    t: {
      zh: [
        "黑河—布拉戈维申斯克跨境电力互联智能化改造",
        "对中俄500千伏跨境输电通道实施智能化改造，部署双边能量管理系统和实时调度数据交换。",
      ],
      ru: [
        "Интеллектуальная модернизация трансграничного энергомоста Хэйхэ — Благовещенск",
        "Интеллектуальная модернизация трансграничной ЛЭП 500 кВ, двусторонняя система управления энергией и обмен диспетчерскими данными в реальном времени.",
      ],
      en: [
        "Heihe–Blagoveshchensk cross-border power interconnection upgrade",
        "Intelligent upgrade of the 500 kV cross-border transmission corridor with a bilateral energy management system and real-time dispatch data exchange.",
      ],
    },
  },
  {
    o: "ru",
    sector: "ENERGY_GRID",
    location: "Хабаровск",
    stage: 1,
    status: "ACTIVE",
    lead: "rugrid",
    partners: ["grid", "hit"],
    start: "2025-01-15",
    end: "2027-12-31",
    maturity: 0.55,
    stale: true,
    t: {
      ru: [
        "Пилотная интеллектуальная сеть Хабаровского энергоузла",
        "Цифровые подстанции, интеллектуальный учёт и прогнозирование нагрузки на базе ИИ с участием китайских поставщиков оборудования; расширено на второй район города.",
      ],
      zh: ["哈巴罗夫斯克能源枢纽智能电网试点", "建设数字化变电站、智能计量和基于人工智能的负荷预测，中方设备供应商参与。"],
    },
  },
  {
    o: "zh",
    sector: "DIGITAL_PLATFORMS",
    location: "哈尔滨",
    stage: 2,
    status: "ACTIVE",
    lead: "hit",
    partners: ["it", "fefu"],
    start: "2024-09-01",
    end: "2028-08-31",
    maturity: 0.65,
    t: {
      zh: [
        "中俄数字经济示范区联合数据平台",
        "共建跨境数据平台与云计算节点，支撑能源、交通和制造业数据按协议流通，探索数据安全与数据治理标准互认。",
      ],
      ru: [
        "Совместная платформа данных демонстрационной зоны цифровой экономики Китай — Россия",
        "Совместная трансграничная платформа данных и облачные узлы для обмена данными энергетики, транспорта и промышленности по соглашениям; взаимное признание стандартов безопасности и управления данными.",
      ],
      en: [
        "China–Russia Digital Economy Demonstration Zone data platform",
        "A jointly built cross-border data platform and cloud nodes for agreement-based data circulation in energy, transport and manufacturing, with mutual recognition of data-security and governance standards.",
      ],
    },
  },
  {
    o: "ru",
    sector: "TRANSPORT_LOGISTICS",
    location: "Владивосток",
    stage: 2,
    status: "ACTIVE",
    lead: "fefu",
    partners: ["park"],
    start: "2025-02-01",
    end: "2027-12-31",
    maturity: 0.5,
    t: {
      ru: [
        "Платформа координации цепочек поставок через порт Владивосток",
        "Общая цифровая платформа для отслеживания контейнеров и электронного таможенного документооборота между Приморьем и Хэйлунцзяном.",
      ],
      en: [
        "Supply-chain collaboration platform via the port of Vladivostok",
        "A shared digital platform for container tracking and electronic customs documents between Primorye and Heilongjiang.",
      ],
    },
  },
  {
    o: "ru",
    sector: "EDUCATION_TALENT",
    location: "Владивосток — Харбин",
    stage: 1,
    status: "ACTIVE",
    lead: "fefu",
    partners: ["hit"],
    start: "2024-09-01",
    maturity: 0.75,
    t: {
      ru: [
        "Совместная магистерская программа по ИИ в промышленности",
        "Двухдипломная программа ДВФУ и ХПУ: билингвальные инженеры по интеллектуальному производству, совместные курсы и стажировки на предприятиях.",
      ],
      zh: ["工业人工智能联合硕士项目", "远东联邦大学与哈工大双学位项目：培养智能制造双语工程师，开设联合课程并安排企业实习。"],
      en: [
        "Joint master's programme in industrial AI",
        "A FEFU–HIT double-degree programme training bilingual intelligent-manufacturing engineers, with joint courses and industry internships.",
      ],
    },
  },
  {
    o: "zh",
    sector: "INTELLIGENT_MANUFACTURING",
    location: "哈尔滨",
    stage: 2,
    status: "ACTIVE",
    lead: "robot",
    partners: ["machine"],
    start: "2025-03-01",
    end: "2028-02-29",
    maturity: 0.45,
    t: {
      zh: ["数控机床智能化联合改造", "乌拉尔机床厂与黑龙江智能机器人公司联合开发机床上下料机器人单元和预测性维护系统。"],
      ru: [
        "Совместная интеллектуализация станков с ЧПУ",
        "Уральский станкостроительный завод и Хэйлунцзянская компания робототехники совместно разрабатывают роботизированные ячейки загрузки и систему предиктивного обслуживания.",
      ],
    },
  },
  {
    o: "en",
    sector: "DIGITAL_PLATFORMS",
    location: "Moscow — Harbin",
    stage: 2,
    status: "COMPLETED",
    lead: "it",
    partners: ["hit"],
    start: "2023-04-01",
    end: "2025-12-31",
    maturity: 0.8,
    t: {
      en: [
        "Industrial cloud for cross-border engineering collaboration",
        "A shared engineering cloud with CAD/PLM integration used by Chinese and Russian design teams; completed with two production deployments.",
      ],
      ru: [
        "Промышленное облако для трансграничного инженерного сотрудничества",
        "Общее инженерное облако с интеграцией CAD/PLM для китайских и российских конструкторских команд; завершено двумя промышленными внедрениями.",
      ],
    },
  },
  {
    o: "ru",
    sector: "AGRICULTURE",
    location: "Амурская область",
    stage: 1,
    status: "ACTIVE",
    lead: "fefu",
    partners: ["park"],
    start: "2025-04-01",
    end: "2028-10-31",
    maturity: 0.35,
    // Started in April: nothing to report for the first half of 2025 yet.
    silentRounds: [0],
    t: {
      ru: [
        "Цифровое точное земледелие в Приамурье",
        "Спутниковый мониторинг посевов сои, датчики влажности почвы и совместная платформа агроданных для фермеров по обе стороны Амура.",
      ],
      zh: ["阿穆尔河沿岸数字精准农业", "大豆种植卫星监测、土壤湿度传感器以及面向黑龙江两岸农户的联合农业数据平台。"],
    },
  },
  {
    o: "zh",
    sector: "ENERGY_GRID",
    location: "同江",
    stage: 2,
    status: "SUSPENDED",
    lead: "grid",
    partners: ["rugrid"],
    start: "2024-01-10",
    end: "2027-06-30",
    maturity: 0.3,
    // Suspended early in 2026: nothing reported since.
    silentRounds: [2, 3],
    t: {
      zh: ["同江跨境储能与风电协同调度", "跨境风电场与储能电站协同调度试验，因数据交换协议待批准暂时中止。"],
      en: [
        "Tongjiang cross-border storage and wind coordination",
        "A pilot of coordinated dispatch of cross-border wind farms and storage; suspended while the data-exchange agreement awaits approval.",
      ],
    },
  },
  {
    o: "zh",
    sector: "EDUCATION_TALENT",
    location: "哈尔滨",
    stage: 3,
    status: "ACTIVE",
    lead: "hit",
    partners: ["fefu", "machine"],
    start: "2024-02-01",
    maturity: 0.6,
    t: {
      zh: ["中俄新质生产力合作论坛常设交流机制", "建立定期论坛和长期沟通机制，联合课程与学位项目，促进人文互信与跨学科人才培养。"],
      ru: [
        "Постоянный механизм Форума сотрудничества Китая и России в области новых качественных производительных сил",
        "Регулярный форум и долгосрочный механизм коммуникации, совместные курсы и программы, укрепление гуманитарного доверия и подготовка междисциплинарных кадров.",
      ],
    },
  },
  {
    o: "ru",
    sector: "OTHER",
    location: "Москва",
    stage: 3,
    status: "DRAFT",
    lead: "it",
    partners: [],
    pending: "hit",
    start: "2026-06-01",
    end: "2029-12-31",
    maturity: 0,
    t: {
      ru: [
        "Совместный комитет по цифровым стандартам",
        "Подготовка российско-китайского комитета по цифровым стандартам: показатели углеродных выбросов энергетики, безопасность данных, этика ИИ.",
      ],
    },
  },
  {
    o: "zh",
    sector: "TRANSPORT_LOGISTICS",
    location: "绥芬河",
    stage: 1,
    status: "DRAFT",
    lead: "park",
    partners: [],
    pending: "rugrid",
    start: "2026-09-01",
    maturity: 0,
    t: { zh: ["绥芬河口岸智能通关试点", "在绥芬河—波格拉尼奇内口岸试点电子预申报与智能查验，缩短货车通关时间。"] },
  },
];

// The rest of the portfolio: smaller projects built from sector themes and host cities, so every
// sector and stage has several entries for the list's filters and the charts.
const THEMES: { sector: Sector; o: "zh" | "ru" | "en"; title: (city: string) => Text; stage: 1 | 2 | 3 }[] = [
  {
    sector: "ENERGY_GRID",
    o: "zh",
    stage: 1,
    title: (c) => [`${c}配电网智能运维`, `${c}配电网无人机巡检、故障定位与自愈控制的中俄联合试点。`],
  },
  {
    sector: "ENERGY_GRID",
    o: "ru",
    stage: 2,
    title: (c) => [
      `Платформа энергоданных: ${c}`,
      `Общая платформа данных об энергопотреблении и выбросах для промышленных площадок (${c}).`,
    ],
  },
  {
    sector: "INTELLIGENT_MANUFACTURING",
    o: "zh",
    stage: 2,
    title: (c) => [`${c}智能工厂数字孪生`, `为中俄合资工厂构建产线数字孪生，实现工艺参数共享与质量追溯。`],
  },
  {
    sector: "INTELLIGENT_MANUFACTURING",
    o: "ru",
    stage: 1,
    title: (c) => [`Роботизированная сварка: ${c}`, `Внедрение китайских сварочных роботов с адаптацией под российские стандарты (${c}).`],
  },
  {
    sector: "DIGITAL_PLATFORMS",
    o: "en",
    stage: 2,
    title: (c) => [
      `Cross-border B2B marketplace hub (${c})`,
      `A bilingual B2B marketplace for industrial components with shared supplier ratings (${c}).`,
    ],
  },
  {
    sector: "TRANSPORT_LOGISTICS",
    o: "ru",
    stage: 2,
    title: (c) => [
      `Интеллектуальный логистический терминал: ${c}`,
      `Автоматизированный терминал с общей системой планирования железнодорожных перевозок (${c}).`,
    ],
  },
  { sector: "AGRICULTURE", o: "zh", stage: 1, title: (c) => [`${c}智慧农机联合示范`, `中俄联合示范无人驾驶农机与作物病害人工智能识别。`] },
  {
    sector: "EDUCATION_TALENT",
    o: "ru",
    stage: 1,
    title: (c) => [
      `Центр подготовки билингвальных инженеров: ${c}`,
      `Краткосрочные программы и стажировки для инженеров с китайским и русским языками (${c}).`,
    ],
  },
  {
    sector: "DIGITAL_PLATFORMS",
    o: "zh",
    stage: 3,
    title: (c) => [`${c}跨境数据流通协议试点`, `在能源、交通和制造领域试行跨境数据流通协议框架与合规审查机制。`],
  },
  {
    sector: "OTHER",
    o: "en",
    stage: 3,
    title: (c) => [
      `Joint investment-promotion office (${c})`,
      `A joint office aligning investment-promotion mechanisms and one-stop services for high-tech park residents (${c}).`,
    ],
  },
];
const CITIES = {
  zh: ["哈尔滨", "大庆", "牡丹江", "齐齐哈尔"],
  ru: ["Новосибирск", "Екатеринбург", "Иркутск", "Томск"],
  en: ["Harbin", "Novosibirsk", "Shenyang", "Kazan"],
};
/** Organizations that plausibly take part in each sector's projects (a grid company on energy, a university on talent). */
const SECTOR_ORGS: Record<Sector, { CN: OrgKey[]; RU: OrgKey[] }> = {
  ENERGY_GRID: { CN: ["grid", "hit"], RU: ["rugrid", "fefu"] },
  INTELLIGENT_MANUFACTURING: { CN: ["robot", "park", "hit"], RU: ["machine", "fefu"] },
  DIGITAL_PLATFORMS: { CN: ["hit", "park"], RU: ["it", "fefu"] },
  TRANSPORT_LOGISTICS: { CN: ["park"], RU: ["fefu", "it"] },
  AGRICULTURE: { CN: ["hit"], RU: ["fefu"] },
  EDUCATION_TALENT: { CN: ["hit"], RU: ["fefu", "machine"] },
  OTHER: { CN: ["park"], RU: ["it", "machine"] },
};
const STATUSES = ["ACTIVE", "ACTIVE", "ACTIVE", "COMPLETED", "ACTIVE", "SUSPENDED", "ACTIVE"] as const;

for (let i = 0; PORTFOLIO.length < 40; i++) {
  const theme = THEMES[i % THEMES.length];
  const city = CITIES[theme.o][Math.floor(i / THEMES.length) % 4];
  const cnLead = theme.o === "zh" || (theme.o === "en" && i % 2 === 0);
  const orgs = SECTOR_ORGS[theme.sector];
  const leads = cnLead ? orgs.CN : orgs.RU;
  const partners = cnLead ? orgs.RU : orgs.CN;
  const lead = leads[i % leads.length];
  const partner = partners[(i + 1) % partners.length];
  const status = STATUSES[i % STATUSES.length];
  const year = 2023 + (i % 3);
  PORTFOLIO.push({
    o: theme.o,
    t: { [theme.o]: theme.title(city) },
    sector: theme.sector,
    location: city,
    stage: theme.stage,
    status,
    lead,
    partners: [partner],
    start: `${year}-${String(1 + (i % 12)).padStart(2, "0")}-01`,
    end: i % 4 === 0 ? undefined : `${year + 3}-12-31`,
    maturity: status === "COMPLETED" ? 0.8 : 0.2 + ((i * 37) % 60) / 100,
  });
}
