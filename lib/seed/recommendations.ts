import type { DbTx } from "@/lib/db/client";

type Area = "DATA_GOVERNANCE" | "TECH_COOPERATION" | "TALENT_TRUST";
type Dim = "TECHNOLOGY" | "INSTITUTIONAL" | "RESOURCE";

export type RecommendationSeed = {
  code: string;
  area: Area;
  textEn: string;
  textZh: string;
  textRu: string;
  dimensions: Dim[];
  indicatorCodes: string[];
};

/** The source article's policy recommendations (its closing section), in three areas. */
export const RECOMMENDATION_CATALOG: RecommendationSeed[] = [
  {
    code: "DG-1",
    area: "DATA_GOVERNANCE",
    textEn:
      "Accelerate the formulation of a framework for cross-border data-circulation agreements, especially in key areas such as energy, transport and manufacturing",
    textZh: "加快制定跨境数据流通协议框架，重点覆盖能源、交通和制造业等关键领域",
    textRu:
      "Ускорить разработку рамочных соглашений о трансграничном обороте данных, прежде всего в энергетике, транспорте и обрабатывающей промышленности",
    dimensions: ["INSTITUTIONAL"],
    indicatorCodes: ["I3", "I6"],
  },
  {
    code: "DG-2",
    area: "DATA_GOVERNANCE",
    textEn:
      "Establish a China–Russia Joint Committee on Digital Standards to promote, in step, the alignment of standards in areas such as power carbon-emission indicators, data security and AI ethics",
    textZh: "设立“中俄数字标准联合委员会”，同步推进电力碳排放指标、数据安全和人工智能伦理等领域的标准对接",
    textRu:
      "Создать Российско-китайский совместный комитет по цифровым стандартам для согласования стандартов углеродных показателей энергетики, безопасности данных и этики ИИ",
    dimensions: ["INSTITUTIONAL", "TECHNOLOGY"],
    indicatorCodes: ["I4", "I6"],
  },
  {
    code: "DG-3",
    area: "DATA_GOVERNANCE",
    textEn:
      "Promote Russian participation in China-led international digital-platform governance initiatives, such as the Digital Silk Road cooperation mechanism",
    textZh: "推动俄罗斯参与中方倡导的国际数字平台治理倡议（如“数字丝绸之路”合作机制）",
    textRu:
      "Содействовать участию России в международных инициативах по управлению цифровыми платформами, таких как механизм сотрудничества «Цифровой шёлковый путь»",
    dimensions: ["INSTITUTIONAL"],
    indicatorCodes: ["I3", "I4"],
  },
  {
    code: "TC-1",
    area: "TECH_COOPERATION",
    textEn: "Innovate cross-border technical cooperation and joint R&D mechanisms",
    textZh: "创新跨境技术合作与联合研发机制",
    textRu: "Совершенствовать механизмы трансграничного технического сотрудничества и совместных НИОКР",
    dimensions: ["TECHNOLOGY", "RESOURCE"],
    indicatorCodes: ["T1", "T3", "R2"],
  },
  {
    code: "TT-1",
    area: "TALENT_TRUST",
    textEn:
      "Encourage universities to add cooperative courses and joint (double) degree programmes in the fields of China–Russia intelligent industries",
    textZh: "鼓励高校增设面向中俄智能产业方向的合作课程和联合学位项目",
    textRu:
      "Поощрять университеты к созданию совместных курсов и программ двойных дипломов по направлениям российско-китайских интеллектуальных отраслей",
    dimensions: ["RESOURCE"],
    indicatorCodes: ["R1", "R3", "R4"],
  },
  {
    code: "TT-2",
    area: "TALENT_TRUST",
    textEn:
      "Strengthen exchanges between government, industry, academia and research, hold the China–Russia New Quality Productivity Cooperation Forum regularly and establish a long-term communication mechanism",
    textZh: "加强政产学研交流，定期举办“中俄新质生产力合作论坛”，建立长效沟通机制",
    textRu:
      "Укреплять обмены между государством, бизнесом, наукой и образованием, регулярно проводить Российско-китайский форум сотрудничества в области новых качественных производительных сил и создать долгосрочный механизм коммуникации",
    dimensions: ["RESOURCE", "INSTITUTIONAL"],
    indicatorCodes: ["I9", "R10"],
  },
];

/** Seeds the recommendation catalog and the first forum edition (one round trip each). */
export async function seedRecommendations(tx: DbTx): Promise<{ recommendations: number }> {
  await tx.recommendation.createMany({ data: RECOMMENDATION_CATALOG.map((r, position) => ({ ...r, position })) });
  await tx.forumEdition.create({
    data: {
      nameEn: "China–Russia New Quality Productivity Cooperation Forum 2026",
      nameZh: "2026年中俄新质生产力合作论坛",
      nameRu: "Российско-китайский форум сотрудничества в области новых качественных производительных сил 2026",
      heldOn: new Date("2026-06-18T00:00:00Z"),
      place: "Harbin",
    },
  });
  return { recommendations: RECOMMENDATION_CATALOG.length };
}
