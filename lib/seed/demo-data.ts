/** Demo organizations and people for non-production databases (the source article's actors). */
export const DEMO_PASSWORD = "synergia-demo-2026";
/**
 * Administrators and organizers must sign in with a second factor, the demo ones too: they are
 * enrolled with this published TOTP key (add it to an authenticator app, or run `npm run
 * demo:code`). Like the password, it is for the local demo only.
 */
export const DEMO_TOTP_SECRET = "SYNERGIADEMOSECONDFACTORKEY23456";

export const DEMO_ORGANIZATIONS = [
  {
    key: "hit",
    nameEn: "Harbin Institute of Technology",
    nameZh: "哈尔滨工业大学",
    nameRu: "Харбинский политехнический университет",
    country: "CN",
    type: "UNIVERSITY",
    cityEn: "Harbin",
    cityZh: "哈尔滨",
    cityRu: "Харбин",
  },
  {
    key: "park",
    nameEn: "Harbin China–Russia High-tech Park Operating Company",
    nameZh: "哈尔滨中俄高新技术产业园运营公司",
    nameRu: "Управляющая компания Харбинского китайско-российского парка высоких технологий",
    country: "CN",
    type: "PARK_ZONE",
    cityEn: "Harbin",
    cityZh: "哈尔滨",
    cityRu: "Харбин",
  },
  {
    key: "robot",
    nameEn: "Heilongjiang Intelligent Robotics Co., Ltd.",
    nameZh: "黑龙江智能机器人有限公司",
    nameRu: "Хэйлунцзянская компания интеллектуальной робототехники",
    country: "CN",
    type: "ENTERPRISE",
    cityEn: "Harbin",
    cityZh: "哈尔滨",
    cityRu: "Харбин",
  },
  {
    key: "grid",
    nameEn: "State Grid Heilongjiang Electric Power Company",
    nameZh: "国网黑龙江省电力有限公司",
    nameRu: "Государственная электросетевая компания провинции Хэйлунцзян",
    country: "CN",
    type: "ENTERPRISE",
    cityEn: "Harbin",
    cityZh: "哈尔滨",
    cityRu: "Харбин",
  },
  {
    key: "fefu",
    nameEn: "Far Eastern Federal University",
    nameZh: "远东联邦大学",
    nameRu: "Дальневосточный федеральный университет",
    country: "RU",
    type: "UNIVERSITY",
    cityEn: "Vladivostok",
    cityZh: "符拉迪沃斯托克",
    cityRu: "Владивосток",
  },
  {
    key: "rugrid",
    nameEn: "Far Eastern Grid Company",
    nameZh: "远东电网公司",
    nameRu: "Дальневосточная распределительная сетевая компания",
    country: "RU",
    type: "ENTERPRISE",
    cityEn: "Khabarovsk",
    cityZh: "哈巴罗夫斯克",
    cityRu: "Хабаровск",
  },
  {
    key: "machine",
    nameEn: "Ural Machine-Tool Plant",
    nameZh: "乌拉尔机床厂",
    nameRu: "Уральский станкостроительный завод",
    country: "RU",
    type: "ENTERPRISE",
    cityEn: "Yekaterinburg",
    cityZh: "叶卡捷琳堡",
    cityRu: "Екатеринбург",
  },
  {
    key: "it",
    nameEn: "Moscow Digital Systems Integrator",
    nameZh: "莫斯科数字系统集成商",
    nameRu: "Московский интегратор цифровых систем",
    country: "RU",
    type: "ENTERPRISE",
    cityEn: "Moscow",
    cityZh: "莫斯科",
    cityRu: "Москва",
  },
] as const;

type OrgKey = (typeof DEMO_ORGANIZATIONS)[number]["key"];

export const DEMO_USERS: {
  email: string;
  name: string;
  role: "ADMIN" | "ORGANIZER" | "PARTNER";
  locale: "en" | "zh" | "ru";
  org?: OrgKey;
}[] = [
  { email: "admin@synergia.demo", name: "Alexandra Admin", role: "ADMIN", locale: "en" },
  { email: "organizer.cn@synergia.demo", name: "Zhou Min", role: "ORGANIZER", locale: "zh" },
  { email: "organizer.ru@synergia.demo", name: "Elena Sokolova", role: "ORGANIZER", locale: "ru" },
  { email: "li.wei@hit.demo", name: "Li Wei", role: "PARTNER", locale: "zh", org: "hit" },
  { email: "wang.fang@park.demo", name: "Wang Fang", role: "PARTNER", locale: "zh", org: "park" },
  { email: "chen.jie@robot.demo", name: "Chen Jie", role: "PARTNER", locale: "zh", org: "robot" },
  { email: "zhao.lei@grid.demo", name: "Zhao Lei", role: "PARTNER", locale: "zh", org: "grid" },
  { email: "ivan.petrov@fefu.demo", name: "Ivan Petrov", role: "PARTNER", locale: "ru", org: "fefu" },
  { email: "olga.ivanova@rugrid.demo", name: "Olga Ivanova", role: "PARTNER", locale: "ru", org: "rugrid" },
  { email: "sergey.kuznetsov@machine.demo", name: "Sergey Kuznetsov", role: "PARTNER", locale: "ru", org: "machine" },
  { email: "anna.smirnova@it.demo", name: "Anna Smirnova", role: "PARTNER", locale: "ru", org: "it" },
];
