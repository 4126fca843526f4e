/**
 * One initiative for every recommendation that the demo discussion does not already cover
 * (TC-1 has its test-bench initiative there), with milestones met on time, met late and
 * missed, status changes with reasons and linked projects (found by sector), so that the
 * forum report of the 2026 edition has something to say. Pure data for the demo seed.
 */
type Status = "NOT_STARTED" | "LIMITED" | "SUBSTANTIAL" | "COMPLETE" | "STALLED";
type OrgKey = "hit" | "park" | "robot" | "grid" | "fefu" | "rugrid" | "machine" | "it";
type Sector = "ENERGY_GRID" | "INTELLIGENT_MANUFACTURING" | "DIGITAL_PLATFORMS" | "TRANSPORT_LOGISTICS" | "EDUCATION_TALENT" | "OTHER";

export type InitiativeSeed = {
  recommendationCode: string;
  owners: OrgKey[];
  /** Linked projects: the first `count` projects of these sectors in portfolio order. */
  projects: { sectors: Sector[]; count: number };
  title: { en: string; zh: string; ru: string };
  description: { en: string; zh: string; ru: string };
  responsible: string;
  start: string;
  due: string;
  createdAt: string;
  dimensions: ("TECHNOLOGY" | "INSTITUTIONAL" | "RESOURCE")[];
  indicatorCodes: string[];
  statuses: { to: Status; at: string; reason: string }[];
  milestones: { title: string; due: string; doneAt?: string }[];
  notes: { at: string; body: string }[];
};

const m = (zh: string, ru: string) => `${zh} · ${ru}`;

export const INITIATIVE_SEEDS: InitiativeSeed[] = [
  {
    recommendationCode: "DG-1",
    owners: ["grid", "rugrid"],
    projects: { sectors: ["ENERGY_GRID"], count: 3 },
    title: {
      en: "Cross-border data-circulation agreement for power dispatch data",
      zh: "电力调度数据跨境流通协议",
      ru: "Соглашение о трансграничном обороте данных диспетчерского управления энергосистемой",
    },
    description: {
      en: "A framework agreement on which dispatch and metering data cross the border, in what form and under whose supervision, for the Heilongjiang–Amur interconnections.",
      zh: "为黑龙江—阿穆尔州电力互联制定框架协议，明确哪些调度和计量数据可以跨境、以何种形式、由谁监管。",
      ru: "Рамочное соглашение о том, какие диспетчерские данные и данные учёта пересекают границу, в какой форме и под чьим надзором, для энергомостов Хэйлунцзян — Амурская область.",
    },
    responsible: "Zhao Lei (State Grid Heilongjiang), Olga Ivanova (Far Eastern Grid)",
    start: "2025-04-01",
    due: "2027-06-30",
    createdAt: "2025-03-20T03:00:00Z",
    dimensions: ["INSTITUTIONAL"],
    indicatorCodes: ["I3", "I6"],
    statuses: [
      { to: "LIMITED", at: "2025-09-15T06:00:00Z", reason: "数据分类清单已由双方确认。" },
      { to: "SUBSTANTIAL", at: "2026-04-20T06:00:00Z", reason: "Проект соглашения согласован юристами обеих сторон." },
    ],
    milestones: [
      { title: m("数据分类清单确认", "Согласован перечень категорий данных"), due: "2025-09-30", doneAt: "2025-09-12T08:00:00Z" },
      // Met two months late, inside the 2026 forum's window: the report lists it once, as met late.
      { title: m("协议草案法律审查", "Юридическая экспертиза проекта соглашения"), due: "2026-02-28", doneAt: "2026-04-18T08:00:00Z" },
      { title: m("协议签署", "Подписание соглашения"), due: "2026-12-31" },
    ],
    notes: [{ at: "2026-03-10T04:00:00Z", body: "Обе стороны передали замечания к разделу о хранении данных; вторая редакция готовится." }],
  },
  {
    recommendationCode: "DG-2",
    owners: ["hit", "it"],
    projects: { sectors: ["DIGITAL_PLATFORMS"], count: 3 },
    title: {
      en: "Preparatory group of the China–Russia Joint Committee on Digital Standards",
      zh: "中俄数字标准联合委员会筹备组",
      ru: "Подготовительная группа Российско-китайского совместного комитета по цифровым стандартам",
    },
    description: {
      en: "A preparatory group that drafts the committee's charter and its first work plan: power carbon-emission indicators, data security and AI ethics.",
      zh: "筹备组起草委员会章程和首期工作计划：电力碳排放指标、数据安全和人工智能伦理。",
      ru: "Подготовительная группа разрабатывает устав комитета и первый план работ: углеродные показатели энергетики, безопасность данных и этика ИИ.",
    },
    responsible: "Li Wei (HIT), Anna Smirnova (Moscow Digital Systems Integrator)",
    start: "2025-05-01",
    due: "2027-12-31",
    createdAt: "2025-04-25T03:00:00Z",
    dimensions: ["INSTITUTIONAL", "TECHNOLOGY"],
    indicatorCodes: ["I4", "I6"],
    statuses: [{ to: "LIMITED", at: "2025-11-05T06:00:00Z", reason: "筹备组首次会议在莫斯科召开。" }],
    milestones: [
      { title: m("筹备组组成", "Сформирована подготовительная группа"), due: "2025-10-31", doneAt: "2025-10-20T08:00:00Z" },
      // Due in the window and still open at the forum: missed.
      { title: m("委员会章程草案", "Проект устава комитета"), due: "2026-03-31" },
      { title: m("首批三项标准对接清单", "Перечень первых трёх стандартов для согласования"), due: "2026-12-31" },
      { title: m("委员会首次全体会议", "Первое пленарное заседание комитета"), due: "2027-06-30" },
    ],
    notes: [{ at: "2026-05-28T04:00:00Z", body: "章程草案因双方主管部门意见不一致而推迟，预计下半年提交。" }],
  },
  {
    recommendationCode: "DG-3",
    owners: ["it", "park"],
    projects: { sectors: ["DIGITAL_PLATFORMS", "OTHER"], count: 2 },
    title: {
      en: "Russian partners join the Digital Silk Road cooperation mechanism's platform-governance pilot",
      zh: "俄方伙伴加入“数字丝绸之路”合作机制平台治理试点",
      ru: "Участие российских партнёров в пилоте управления платформами механизма «Цифровой шёлковый путь»",
    },
    description: {
      en: "Russian platform operators of the demo projects join the pilot on shared rules for cross-border industrial platforms.",
      zh: "示范项目的俄方平台运营方参加跨境工业平台共同规则试点。",
      ru: "Российские операторы платформ демонстрационных проектов присоединяются к пилоту общих правил трансграничных промышленных платформ.",
    },
    responsible: "Anna Smirnova (Moscow Digital Systems Integrator), Wang Fang (Harbin High-tech Park)",
    start: "2025-09-01",
    due: "2027-09-30",
    createdAt: "2025-08-28T03:00:00Z",
    dimensions: ["INSTITUTIONAL"],
    indicatorCodes: ["I3", "I4"],
    statuses: [
      { to: "LIMITED", at: "2025-12-02T06:00:00Z", reason: "Подана заявка на участие в пилоте." },
      { to: "STALLED", at: "2026-05-15T06:00:00Z", reason: "Ожидается решение регулятора о допуске иностранных участников." },
    ],
    milestones: [
      { title: m("提交试点申请", "Подана заявка на участие"), due: "2025-11-30", doneAt: "2025-11-28T08:00:00Z" },
      { title: m("获准参加试点", "Получен допуск к пилоту"), due: "2026-04-30" },
    ],
    notes: [],
  },
  {
    recommendationCode: "TT-1",
    owners: ["hit", "fefu"],
    projects: { sectors: ["EDUCATION_TALENT"], count: 3 },
    title: {
      en: "Joint master's programme in intelligent manufacturing (HIT–FEFU)",
      zh: "哈工大—远东联邦大学智能制造联合硕士项目",
      ru: "Совместная магистерская программа по интеллектуальному производству (ХПУ — ДВФУ)",
    },
    description: {
      en: "A two-year double-degree programme taught in Chinese and Russian with internships in the Harbin High-tech Park and in Vladivostok.",
      zh: "两年制双学位项目，中俄双语授课，在哈尔滨高新区和符拉迪沃斯托克实习。",
      ru: "Двухлетняя программа двойного диплома на китайском и русском языках со стажировками в Харбинском парке высоких технологий и во Владивостоке.",
    },
    responsible: "Li Wei (HIT), Ivan Petrov (FEFU)",
    start: "2025-02-01",
    due: "2026-09-30",
    createdAt: "2025-01-20T03:00:00Z",
    dimensions: ["RESOURCE"],
    indicatorCodes: ["R1", "R3", "R4"],
    statuses: [
      { to: "LIMITED", at: "2025-07-01T06:00:00Z", reason: "教学大纲已获两校批准。" },
      { to: "SUBSTANTIAL", at: "2026-02-10T06:00:00Z", reason: "Объявлен первый набор, подано 64 заявления." },
      { to: "COMPLETE", at: "2026-09-05T06:00:00Z", reason: "首批28名学生入学。" },
    ],
    milestones: [
      { title: m("教学大纲获批", "Утверждён учебный план"), due: "2025-06-30", doneAt: "2025-06-25T08:00:00Z" },
      { title: m("招生简章发布", "Объявлен набор"), due: "2026-01-31", doneAt: "2026-01-29T08:00:00Z" },
      { title: m("首批学生入学", "Зачислены первые студенты"), due: "2026-09-01", doneAt: "2026-09-03T08:00:00Z" },
    ],
    notes: [{ at: "2026-05-20T04:00:00Z", body: "Отобраны 28 студентов (15 из России, 13 из Китая)." }],
  },
  {
    recommendationCode: "TT-2",
    owners: ["park", "fefu"],
    projects: { sectors: ["INTELLIGENT_MANUFACTURING", "OTHER"], count: 3 },
    title: {
      en: "Standing secretariat of the China–Russia New Quality Productivity Cooperation Forum",
      zh: "中俄新质生产力合作论坛常设秘书处",
      ru: "Постоянный секретариат Российско-китайского форума сотрудничества в области новых качественных производительных сил",
    },
    description: {
      en: "A secretariat that runs the forum every year, keeps the government–industry–academia–research contact list and follows up the forum's agreements between editions.",
      zh: "秘书处每年组织论坛，维护政产学研联络名录，并在两届论坛之间跟进论坛达成的协议。",
      ru: "Секретариат ежегодно проводит форум, ведёт список контактов органов власти, бизнеса, науки и образования и следит за выполнением договорённостей между форумами.",
    },
    responsible: "Zhou Min, Elena Sokolova (forum organizers)",
    start: "2025-03-01",
    due: "2027-12-31",
    createdAt: "2025-02-15T03:00:00Z",
    dimensions: ["RESOURCE", "INSTITUTIONAL"],
    indicatorCodes: ["I9", "R10"],
    statuses: [
      { to: "LIMITED", at: "2025-06-10T06:00:00Z", reason: "秘书处在哈尔滨和符拉迪沃斯托克设立联络点。" },
      { to: "SUBSTANTIAL", at: "2026-06-19T06:00:00Z", reason: "Второй форум проведён, протокол подписан." },
    ],
    milestones: [
      { title: m("秘书处联络点设立", "Открыты контактные пункты секретариата"), due: "2025-06-30", doneAt: "2025-06-05T08:00:00Z" },
      {
        title: m("政产学研联络名录上线", "Запущен реестр контактов власти, бизнеса и науки"),
        due: "2025-12-31",
        doneAt: "2025-12-15T08:00:00Z",
      },
      { title: m("2026年论坛成果清单", "Перечень итогов форума 2026 года"), due: "2026-07-31", doneAt: "2026-07-20T08:00:00Z" },
    ],
    notes: [{ at: "2026-01-15T04:00:00Z", body: "联络名录已收录 214 家机构。" }],
  },
];

/** The edition held before the shipped 2026 one (seeded with the recommendations): it opens the 2026 report's window. */
export const FORUM_EDITIONS = {
  previous: {
    nameEn: "China–Russia New Quality Productivity Cooperation Forum 2025",
    nameZh: "2025年中俄新质生产力合作论坛",
    nameRu: "Российско-китайский форум сотрудничества в области новых качественных производительных сил 2025",
    heldOn: "2025-06-20",
    place: "Vladivostok",
  },
};
