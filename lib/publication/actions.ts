"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { revalidatePublic } from "./revalidate";
import { ZSetForumPublished, ZSetPublishConsent } from "./schema";
import * as publication from "./service";

export const setPublishConsentAction = authActionClient.inputSchema(ZSetPublishConsent).action(async ({ parsedInput, ctx }) => {
  const result = await publication.setPublishConsent(ctx.user, parsedInput);
  await revalidatePublic("projects");
  revalidatePath("/[locale]/projects/[id]", "page");
  return result;
});

export const setForumPublishedAction = authActionClient.inputSchema(ZSetForumPublished).action(async ({ parsedInput, ctx }) => {
  const result = await publication.setForumPublished(ctx.user, parsedInput);
  await revalidatePublic("forums");
  revalidatePath("/[locale]/forums", "layout");
  return result;
});
