import { z } from "zod";

import { CHANNELS, NOTIFICATION_KINDS } from "./kinds";

export const ZMarkRead = z.object({ ids: z.array(z.string()).min(1).max(100) });
export type TMarkRead = z.infer<typeof ZMarkRead>;

export const ZPreferences = z.object({
  preferences: z.record(z.enum(NOTIFICATION_KINDS), z.enum(CHANNELS)),
});
export type TPreferences = z.infer<typeof ZPreferences>;

export const ZFollow = z.object({
  subjectType: z.enum(["PROJECT", "INITIATIVE"]),
  subjectId: z.string(),
  following: z.boolean(),
});
export type TFollow = z.infer<typeof ZFollow>;
