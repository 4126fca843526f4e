/**
 * The demo discussion on the Harbin High-tech Park project (see portfolio-projects.ts): what the
 * Chinese and Russian partners wrote, to whom, and when. discussion.ts turns it into rows.
 */

export const PEOPLE = {
  li: "li.wei@hit.demo",
  wang: "wang.fang@park.demo",
  chen: "chen.jie@robot.demo",
  ivan: "ivan.petrov@fefu.demo",
  sergey: "sergey.kuznetsov@machine.demo",
  zhou: "organizer.cn@synergia.demo",
} as const;
export type Person = keyof typeof PEOPLE;

/** Evidence items of the Harbin project the partners discuss: the latest one that matches. */
export const EVIDENCE_PICKS = {
  /** HIT's co-filed patents, waiting for the Russian side's verification. */
  patents: { org: "hit", code: "T3", statuses: ["SUBMITTED"] },
  /** The Robotics company's jointly developed robot systems. */
  robotCell: { org: "robot", code: "T1", statuses: ["SUBMITTED", "VERIFIED"] },
  /** The park's equipment localization rate. */
  localization: { org: "park", code: "T2", statuses: ["VERIFIED", "SUBMITTED"] },
} as const;
export type EvidenceKey = keyof typeof EVIDENCE_PICKS;
export type TargetKey = "project" | "initiative" | EvidenceKey;

/** An instant in UTC, or days and a time after the discussed evidence was submitted. */
export type When = string | { days: number; time: string };
/** What a body may refer to: the evidence's value as its author's language writes it, a mention. */
export type BodyContext = { value: string; integer: boolean; mention: (who: Person) => string };

export type CommentSeed = {
  key: string;
  target: TargetKey;
  parent?: string;
  author: Person;
  locale: "zh" | "ru";
  at: When;
  body: string | ((c: BodyContext) => string);
  /** A revision request on evidence; resolved ones name who closed it and when. */
  revision?: "open" | { by: Person; at: When };
  translation?: { locale: "zh" | "ru" | "en"; by: Person; at: When; body: string };
};

export const COMMENTS: CommentSeed[] = [
  // The project: preparing the joint coordination committee's meeting.
  {
    key: "meeting",
    target: "project",
    author: "wang",
    locale: "zh",
    at: "2026-11-18T02:30:00Z",
    body: "各位合作伙伴：项目联合协调委员会第四次会议定于11月27日在园区召开，议题包括第二条智能装配线的验收安排和2027年设备本地化率目标（拟提高到75%以上）。请各方在11月25日前在平台上更新本期佐证材料，尤其是联合申请专利和机器人系统验收文件。",
    translation: {
      locale: "ru",
      by: "li",
      at: "2026-11-18T06:10:00Z",
      body: "Уважаемые партнёры! Четвёртое заседание совместного координационного комитета проекта состоится 27 ноября в парке. В повестке: порядок приёмки второй интеллектуальной сборочной линии и целевой уровень локализации оборудования на 2027 год (предлагается не ниже 75 %). Просим до 25 ноября обновить на платформе подтверждающие материалы за текущий период, прежде всего по совместным патентным заявкам и документам о приёмке робототехнических систем.",
    },
  },
  {
    key: "meeting-fefu",
    target: "project",
    parent: "meeting",
    author: "ivan",
    locale: "ru",
    at: "2026-11-19T01:15:00Z",
    body: (c) =>
      `Спасибо, ДВФУ подтверждает участие: будут проректор по научной работе и руководитель лаборатории робототехники. ${c.mention("li")}, к заседанию просим подготовить сводку по совместным патентным заявкам за июль–октябрь: по нашему реестру их 24, в карточке показателя T3 указано другое значение — давайте сверим до заседания.`,
  },
  {
    key: "meeting-hit",
    target: "project",
    parent: "meeting-fefu",
    author: "li",
    locale: "zh",
    at: "2026-11-20T03:40:00Z",
    body: "收到。我们正在对照国家知识产权局和俄罗斯联邦知识产权局的受理通知书逐项核对，会前将在“联合申请专利”佐证下更新清单，并注明每件申请的中俄双方申请人。",
  },
  {
    key: "line2",
    target: "project",
    author: "sergey",
    locale: "ru",
    at: "2026-11-21T07:20:00Z",
    body: "По второй интеллектуальной сборочной линии: пусконаладка на площадке парка завершена 14 ноября, протокол 72-часовых испытаний в непрерывном режиме подписан обеими сторонами. Предлагаем учесть линию в показателе T1 за следующий период — сразу после подписания акта ввода в эксплуатацию.",
  },
  {
    key: "line2-robot",
    target: "project",
    parent: "line2",
    author: "chen",
    locale: "zh",
    at: "2026-11-22T02:10:00Z",
    body: "同意。投产验收证书计划于12月上旬签署，届时由我方在平台提交佐证，并附中俄双语验收证书扫描件和72小时连续运行测试记录。",
  },

  // HIT's co-filed patents: the Russian side asks for a revision, still open.
  {
    key: "patents",
    target: "patents",
    author: "ivan",
    locale: "ru",
    at: { days: 8, time: "01:30" },
    revision: "open",
    body: (c) =>
      `${c.integer ? `Для подтверждения значения ${c.value} просим доработать запись.` : `Просим доработать запись: в карточке указано ${c.value} заявки, но количество патентных заявок должно быть целым числом.`} Приложите, пожалуйста, перечень совместных заявок за отчётный период с номерами CNIPA и Роспатента и указанием российского заявителя (ДВФУ или Уральский станкостроительный завод).`,
  },
  {
    key: "patents-ural",
    target: "patents",
    parent: "patents",
    author: "sergey",
    locale: "ru",
    at: { days: 9, time: "06:45" },
    body: "Присоединяюсь. По данным Уральского станкостроительного завода, завод выступает созаявителем по шести заявкам за этот период; просим отразить их в перечне отдельно.",
  },

  // The Robotics company's robot cell: the acceptance certificate was asked for and attached.
  {
    key: "robot-cell",
    target: "robotCell",
    author: "sergey",
    locale: "ru",
    at: { days: 3, time: "06:00" },
    revision: { by: "chen", at: { days: 5, time: "03:05" } },
    body: (c) =>
      `Для подтверждения значения ${c.value} просим приложить акт приёмки совместно разработанной роботизированной ячейки загрузки станков с подписями обеих сторон. Без акта Уральский станкостроительный завод не может подтвердить запись.`,
  },
  {
    key: "robot-cell-done",
    target: "robotCell",
    parent: "robot-cell",
    author: "chen",
    locale: "zh",
    at: { days: 5, time: "03:00" },
    body: "验收证书（编号 HLJ-RB-2025-031）已作为附件上传，包含中俄双语文本和双方签字页，请查阅。",
  },

  // The park's localization rate: how the figure is computed.
  {
    key: "localization",
    target: "localization",
    author: "sergey",
    locale: "ru",
    at: { days: 1, time: "08:00" },
    body: (c) =>
      `Уточните, пожалуйста, методику расчёта: ${c.value} % — это доля по стоимости оборудования? Учтены ли шпиндельные узлы Уральского завода, которые проходят окончательную сборку на площадке парка?`,
  },
  {
    key: "localization-park",
    target: "localization",
    parent: "localization",
    author: "wang",
    locale: "zh",
    at: { days: 2, time: "01:30" },
    body: "按设备价值计算，与指标定义一致。乌拉尔机床厂的主轴单元在园区完成总装和调试，按组装环节计入本地化部分；进口伺服电机和数控系统未计入。",
    translation: {
      locale: "ru",
      by: "li",
      at: { days: 2, time: "05:00" },
      body: "Расчёт ведётся по стоимости оборудования, как в определении показателя. Шпиндельные узлы Уральского станкостроительного завода проходят окончательную сборку и наладку в парке и учитываются в локализованной части по этапу сборки; импортные сервоприводы и системы ЧПУ не учитываются.",
    },
  },
  {
    key: "localization-ok",
    target: "localization",
    parent: "localization-park",
    author: "sergey",
    locale: "ru",
    at: { days: 3, time: "07:00" },
    body: "Спасибо, методика понятна, вопрос снят. Предлагаем со следующего периода указывать долю сервоприводов отдельной строкой — это поможет спланировать их локализацию.",
  },

  // The joint test-bench initiative.
  {
    key: "bench",
    target: "initiative",
    author: "ivan",
    locale: "ru",
    at: "2026-11-10T02:00:00Z",
    body: "Предлагаем включить в план на 2027 год второй испытательный стенд роботизированной ячейки в кампусе ДВФУ на острове Русский: студенты совместной магистерской программы смогут работать на одинаковом оборудовании в Харбине и Владивостоке.",
  },
  {
    key: "bench-hit",
    target: "initiative",
    parent: "bench",
    author: "li",
    locale: "zh",
    at: "2026-11-11T03:00:00Z",
    body: "赞成。哈工大可以提供机器人控制软件和实验数据接口。建议在下次协调会上确定设备清单和经费分摊比例。",
  },
];

const milestone = (zh: string, ru: string) => `${zh} · ${ru}`;

/** The initiative (under recommendation TC-1) the partners run for the project's test bench. */
export const INITIATIVE = {
  recommendationCode: "TC-1",
  owners: ["hit", "fefu"],
  createdBy: "zhou" as Person,
  createdAt: "2026-02-20T02:00:00Z",
  fields: {
    titleEn: "China–Russia joint experimental platform for robotics and intelligent assembly",
    titleZh: "中俄联合机器人与智能装配实验平台",
    titleRu: "Совместная российско-китайская экспериментальная платформа робототехники и интеллектуальной сборки",
    descriptionEn:
      "A shared test bench for jointly developed robot cells in the Harbin High-tech Park, open to HIT and FEFU researchers and to the joint master's students, with common test protocols and a bilingual data interface.",
    descriptionZh:
      "在哈尔滨高新技术产业园建设联合研发机器人单元的共享测试平台，向哈工大和远东联邦大学研究人员及联合硕士项目学生开放，统一测试规程并提供双语数据接口。",
    descriptionRu:
      "Общий испытательный стенд для совместно разработанных роботизированных ячеек в Харбинском парке высоких технологий, открытый для исследователей ХПУ и ДВФУ и студентов совместной магистратуры; единые методики испытаний и двуязычный интерфейс данных.",
    responsible: "Li Wei (HIT), Ivan Petrov (FEFU)",
    startDate: "2026-03-01",
    dueDate: "2027-12-31",
    dimensions: ["TECHNOLOGY", "RESOURCE"] as ("TECHNOLOGY" | "RESOURCE")[],
    indicatorCodes: ["T1", "R2"],
  },
  status: { by: "li" as Person, at: "2026-05-12T08:00:00Z", reason: "测试平台场地已在园区确定，首批设备采购合同已签订。" },
  milestones: [
    {
      title: milestone("联合测试规程获批", "Утверждена совместная методика испытаний"),
      dueDate: "2026-09-30",
      done: { by: "ivan" as Person, at: "2026-09-24T05:00:00Z" },
    },
    { title: milestone("首台机器人单元投入测试", "Первая роботизированная ячейка стенда введена в работу"), dueDate: "2027-03-31" },
    { title: milestone("双语实验数据接口上线", "Запущен двуязычный интерфейс экспериментальных данных"), dueDate: "2027-09-30" },
  ],
};
