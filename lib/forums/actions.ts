"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { revalidatePublic } from "@/lib/publication/revalidate";

import { ZAssignInitiatives, ZForumFields } from "./schema";
import * as forums from "./service";

export const createForumAction = authActionClient.inputSchema(ZForumFields).action(async ({ parsedInput, ctx }) => {
  const row = await forums.createForum(ctx.user, parsedInput);
  revalidatePath("/[locale]/forums", "layout");
  return { id: row.id };
});

export const assignInitiativesAction = authActionClient.inputSchema(ZAssignInitiatives).action(async ({ parsedInput, ctx }) => {
  const count = await forums.assignInitiatives(ctx.user, parsedInput);
  revalidatePath("/[locale]/forums", "layout");
  revalidatePath("/[locale]/initiatives", "layout");
  await revalidatePublic("forums", "soon");
  return { count };
});
