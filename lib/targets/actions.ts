"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { ZSavePlan } from "./schema";
import { savePlan } from "./service";

export const savePlanAction = authActionClient.inputSchema(ZSavePlan).action(async ({ parsedInput, ctx }) => {
  const count = await savePlan(ctx.user, parsedInput);
  revalidatePath("/[locale]/projects/[id]", "page");
  revalidatePath("/[locale]/projects/[id]/plan", "page");
  return { count };
});
