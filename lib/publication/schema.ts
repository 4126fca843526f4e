import { z } from "zod";

/**
 * `from` is the consent the person saw: a switch flipped on a stale page (someone of the same
 * organization changed it meanwhile) is refused instead of silently overwriting.
 */
export const ZSetPublishConsent = z.object({
  projectId: z.uuid("invalidId"),
  organizationId: z.uuid("invalidId"),
  consent: z.boolean(),
  from: z.boolean(),
});
export type TSetPublishConsent = z.infer<typeof ZSetPublishConsent>;

export const ZSetForumPublished = z.object({ forumId: z.uuid("invalidId"), version: z.number().int().positive(), published: z.boolean() });
export type TSetForumPublished = z.infer<typeof ZSetForumPublished>;
