"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { ZUpdateIndicator } from "./schema";
import * as catalog from "./service";

export const updateIndicatorAction = authActionClient.inputSchema(ZUpdateIndicator).action(async ({ parsedInput, ctx }) => {
  const { indicator, modelVersion } = await catalog.updateIndicator(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/catalog", "layout");
  revalidatePath("/[locale]/admin/scoring", "layout");
  return { id: indicator.id, version: indicator.version, modelVersion };
});
