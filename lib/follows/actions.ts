"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { ZFollow } from "@/lib/notifications/schema";

import { setFollowing } from "./service";

export const setFollowingAction = authActionClient.inputSchema(ZFollow).action(async ({ parsedInput, ctx }) => {
  const state = await setFollowing(ctx.user, { type: parsedInput.subjectType, id: parsedInput.subjectId }, parsedInput.following);
  revalidatePath(parsedInput.subjectType === "PROJECT" ? "/[locale]/projects/[id]" : "/[locale]/initiatives/[id]", "page");
  return state;
});
