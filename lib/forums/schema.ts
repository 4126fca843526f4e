import { z } from "zod";

import { ZIsoDate } from "@/lib/dates";

const name = z.string().trim().min(1, "required").max(200, "tooLong200");

export const ZForumFields = z.object({
  nameEn: name,
  nameZh: name,
  nameRu: name,
  heldOn: ZIsoDate,
  place: z.string().trim().min(1, "required").max(200, "tooLong200"),
});
export type TForumFields = z.infer<typeof ZForumFields>;

export const ZAssignInitiatives = z.object({ forumId: z.uuid("invalidId"), initiativeIds: z.array(z.uuid("invalidId")).max(500) });
export type TAssignInitiatives = z.infer<typeof ZAssignInitiatives>;
