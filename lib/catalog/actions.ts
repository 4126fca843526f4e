"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { assertCan } from "@/lib/auth/permissions";

import { ZUpdateIndicator } from "./schema";
import * as catalog from "./service";

export const updateIndicatorAction = authActionClient.inputSchema(ZUpdateIndicator).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "catalog.manage");
  const { indicator, modelVersion } = await catalog.updateIndicator(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/catalog", "layout");
  revalidatePath("/[locale]/admin/scoring", "layout");
  return { id: indicator.id, version: indicator.version, modelVersion };
});
