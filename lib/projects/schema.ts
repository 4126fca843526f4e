import { z } from "zod";

import { checkboxGroup } from "@/lib/checkbox-group";
import { ZIsoDate } from "@/lib/dates";
import { REGION_CODES } from "@/lib/regions/catalog";

// Messages are keys under `validation.` (core) or `projects.validation.` (this feature).
export const SECTORS = [
  "ENERGY_GRID",
  "INTELLIGENT_MANUFACTURING",
  "DIGITAL_PLATFORMS",
  "TRANSPORT_LOGISTICS",
  "AGRICULTURE",
  "EDUCATION_TALENT",
  "OTHER",
] as const;
export const PROJECT_STATUSES = ["DRAFT", "ACTIVE", "COMPLETED", "SUSPENDED"] as const;
export const LOCALES = ["en", "zh", "ru"] as const;
export const STAGES = [1, 2, 3] as const;
/** The initiatives the source article names; a project may be aligned with any of them. */
export const ALIGNMENT_TAGS = ["BELT_AND_ROAD", "EAEU", "DIGITAL_SILK_ROAD"] as const;
export type TAlignmentTag = (typeof ALIGNMENT_TAGS)[number];
export type TSector = (typeof SECTORS)[number];
export type TProjectStatus = (typeof PROJECT_STATUSES)[number];
export type TLocale = (typeof LOCALES)[number];

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 4000;

const title = z.string().trim().min(1, "required").max(TITLE_MAX, "tooLong200");
const summary = z.string().trim().min(1, "required").max(SUMMARY_MAX, "summaryTooLong");
const optionalDate = z
  .union([ZIsoDate, z.literal("")])
  .optional()
  .transform((v) => (v ? v : null));

const fields = z.object({
  title,
  summary,
  originalLocale: z.enum(LOCALES, "localeInvalid"),
  sector: z.enum(SECTORS, "sectorInvalid"),
  location: z.string().trim().min(1, "required").max(200, "tooLong200"),
  // "" from the form's "not listed" choice; an unknown code is refused, not stored.
  regionCode: z.preprocess(
    (v) => (v === "" ? null : v),
    z
      .enum(REGION_CODES, "regionInvalid")
      .nullish()
      .transform((v) => v ?? null),
  ),
  alignment: checkboxGroup(
    z
      .array(z.enum(ALIGNMENT_TAGS, "alignmentInvalid"))
      .max(ALIGNMENT_TAGS.length, "alignmentInvalid")
      .transform((v) => [...new Set(v)].sort()),
  ),
  declaredStage: z.coerce.number<string | number>().int("stageInvalid").min(1, "stageInvalid").max(3, "stageInvalid"),
  startDate: ZIsoDate,
  endDate: optionalDate,
});

const endAfterStart = <T extends { startDate: string; endDate: string | null }>(v: T) => !v.endDate || v.endDate >= v.startDate;
const endIssue = { message: "endBeforeStart", path: ["endDate"] };

export const ZProjectFields = fields.refine(endAfterStart, endIssue);
export type TProjectFields = z.infer<typeof ZProjectFields>;
export type TProjectFieldsInput = z.input<typeof ZProjectFields>;

export const ZCreateProject = ZProjectFields;

export const ZUpdateProject = fields
  .extend({ id: z.uuid("invalidId"), version: z.number().int().positive() })
  .refine(endAfterStart, endIssue);
export type TUpdateProject = z.infer<typeof ZUpdateProject>;

export const ZSetProjectStatus = z.object({
  id: z.uuid("invalidId"),
  version: z.number().int().positive(),
  status: z.enum(PROJECT_STATUSES, "statusInvalid"),
});
export type TSetProjectStatus = z.infer<typeof ZSetProjectStatus>;

export const ZSaveTranslation = z.object({
  projectId: z.uuid("invalidId"),
  locale: z.enum(LOCALES, "localeInvalid"),
  title,
  summary,
});
export type TSaveTranslation = z.infer<typeof ZSaveTranslation>;

export const ZInvitePartner = z.object({ projectId: z.uuid("invalidId"), organizationId: z.uuid("organizationInvalid") });
export type TInvitePartner = z.infer<typeof ZInvitePartner>;

export const ZRespondInvitation = ZInvitePartner.extend({ accept: z.boolean() });
export type TRespondInvitation = z.infer<typeof ZRespondInvitation>;

export const ZRemovePartner = ZInvitePartner;

// The list's filters live in the URL; anything unparseable is simply ignored.
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
const optionalInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional().catch(undefined);

export const PAIRINGS = ["complete", "oneSide"] as const;
export const SORTS = ["updated", "code", "d"] as const;

export const ZProjectListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
  sector: optionalEnum(SECTORS),
  region: optionalEnum(REGION_CODES),
  alignment: optionalEnum(ALIGNMENT_TAGS),
  status: optionalEnum(PROJECT_STATUSES),
  stage: optionalInt(1, 3),
  level: optionalInt(1, 10),
  pairing: optionalEnum(PAIRINGS),
  org: z.uuid().optional().catch(undefined),
  sort: z.enum(SORTS).catch("updated").default("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TProjectListQuery = z.infer<typeof ZProjectListQuery>;
