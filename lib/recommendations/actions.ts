"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { revalidatePublic } from "@/lib/publication/revalidate";

import { ZRecommendationFields, ZRetireRecommendation, ZUpdateRecommendation } from "./schema";
import * as recommendations from "./service";

export const createRecommendationAction = authActionClient.inputSchema(ZRecommendationFields).action(async ({ parsedInput, ctx }) => {
  const row = await recommendations.createRecommendation(ctx.user, parsedInput);
  revalidatePath("/[locale]/recommendations", "layout");
  await revalidatePublic("recommendations", "soon");
  return { id: row.id };
});

export const updateRecommendationAction = authActionClient.inputSchema(ZUpdateRecommendation).action(async ({ parsedInput, ctx }) => {
  const row = await recommendations.updateRecommendation(ctx.user, parsedInput);
  revalidatePath("/[locale]/recommendations", "layout");
  await revalidatePublic("recommendations", "soon");
  return { id: row.id, version: row.version };
});

export const retireRecommendationAction = authActionClient.inputSchema(ZRetireRecommendation).action(async ({ parsedInput, ctx }) => {
  const row = await recommendations.setRecommendationRetired(ctx.user, parsedInput);
  revalidatePath("/[locale]/recommendations", "layout");
  await revalidatePublic("recommendations", "soon");
  return { retired: row.retiredAt !== null };
});
