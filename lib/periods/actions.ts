"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { ZOpenPeriod, ZReopenPeriod } from "./schema";
import * as periods from "./service";

export const openPeriodAction = authActionClient.inputSchema(ZOpenPeriod).action(async ({ parsedInput, ctx }) => {
  const row = await periods.openPeriod(ctx.user, parsedInput);
  revalidatePath("/[locale]/periods", "layout");
  revalidatePath("/[locale]/projects/[id]", "page");
  return { id: row.id, key: row.key };
});

export const reopenPeriodAction = authActionClient.inputSchema(ZReopenPeriod).action(async ({ parsedInput, ctx }) => {
  const row = await periods.reopenPeriod(ctx.user, parsedInput);
  revalidatePath("/[locale]/periods", "layout");
  revalidatePath("/[locale]/projects/[id]", "page");
  return { id: row.id, version: row.version };
});
