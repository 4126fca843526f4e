import { z } from "zod";

const name = z.string().trim().min(1, "required").max(200, "tooLong200");

export const ZForumFields = z.object({
  nameEn: name,
  nameZh: name,
  nameRu: name,
  heldOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "dateInvalid"),
  place: z.string().trim().min(1, "required").max(200, "tooLong200"),
});
export type TForumFields = z.infer<typeof ZForumFields>;

export const ZAssignInitiatives = z.object({ forumId: z.uuid("invalidId"), initiativeIds: z.array(z.uuid("invalidId")).max(500) });
export type TAssignInitiatives = z.infer<typeof ZAssignInitiatives>;
