import { z } from "zod";

// Messages are keys under `validation.` in the message files, so client and server show
// the same translated text.
const name = z.string().trim().min(1, "required").max(200, "tooLong200");
const city = z.string().trim().min(1, "required").max(120, "tooLong120");

export const COUNTRIES = ["CN", "RU"] as const;
export const ORGANIZATION_TYPES = ["ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "GOVERNMENT_BODY", "PARK_ZONE"] as const;

export const ZOrganizationFields = z.object({
  nameEn: name,
  nameZh: name,
  nameRu: name,
  country: z.enum(COUNTRIES, "countryInvalid"),
  type: z.enum(ORGANIZATION_TYPES, "organizationTypeInvalid"),
  cityEn: city,
  cityZh: city,
  cityRu: city,
});
export type TOrganizationFields = z.infer<typeof ZOrganizationFields>;

export const ZCreateOrganization = ZOrganizationFields;

export const ZUpdateOrganization = ZOrganizationFields.extend({
  id: z.uuid("invalidId"),
  version: z.number().int().positive(),
});
export type TUpdateOrganization = z.infer<typeof ZUpdateOrganization>;

export const ZArchiveOrganization = z.object({
  id: z.uuid("invalidId"),
  archived: z.boolean(),
});
