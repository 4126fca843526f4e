"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { revalidatePublic } from "@/lib/publication/revalidate";

import {
  ZAddMilestone,
  ZChangeStatus,
  ZCreateInitiative,
  ZDeleteMilestone,
  ZMoveMilestone,
  ZSetMilestoneDone,
  ZUpdateInitiative,
} from "./schema";
import * as initiatives from "./service";

// Progress updates carry files and go through app/api/initiatives/[id]/updates instead.
const revalidate = async () => {
  revalidatePath("/[locale]/recommendations", "layout");
  revalidatePath("/[locale]/initiatives", "layout");
  await revalidatePublic("recommendations", "soon");
};

export const createInitiativeAction = authActionClient.inputSchema(ZCreateInitiative).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.createInitiative(ctx.user, parsedInput);
  await revalidate();
  return { id: row.id };
});

export const updateInitiativeAction = authActionClient.inputSchema(ZUpdateInitiative).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.updateInitiative(ctx.user, parsedInput);
  await revalidate();
  return { id: row.id, version: row.version };
});

export const changeStatusAction = authActionClient.inputSchema(ZChangeStatus).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.changeStatus(ctx.user, parsedInput);
  await revalidate();
  return { status: row.status, version: row.version };
});

export const addMilestoneAction = authActionClient.inputSchema(ZAddMilestone).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.addMilestone(ctx.user, parsedInput);
  await revalidate();
  return { id: row.id };
});

export const setMilestoneDoneAction = authActionClient.inputSchema(ZSetMilestoneDone).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.setMilestoneDone(ctx.user, parsedInput);
  await revalidate();
  return { done: row.completedAt !== null };
});

export const moveMilestoneAction = authActionClient.inputSchema(ZMoveMilestone).action(async ({ parsedInput, ctx }) => {
  const rows = await initiatives.moveMilestone(ctx.user, parsedInput);
  await revalidate();
  return { order: rows.map((m) => m.id) };
});

export const deleteMilestoneAction = authActionClient.inputSchema(ZDeleteMilestone).action(async ({ parsedInput, ctx }) => {
  const result = await initiatives.deleteMilestone(ctx.user, parsedInput);
  await revalidate();
  return { progress: result.progress };
});
