"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/actions/safe-action";
import { assertCan } from "@/lib/auth/permissions";
import { ZAddMilestone, ZChangeStatus, ZCreateInitiative, ZPostUpdate, ZSetMilestoneDone, ZUpdateInitiative } from "./schema";
import * as initiatives from "./service";

// Contributing is checked against the initiative's owners inside the service (it needs the row).
const revalidate = () => {
  revalidatePath("/[locale]/recommendations", "layout");
  revalidatePath("/[locale]/initiatives", "layout");
};

export const createInitiativeAction = authActionClient.inputSchema(ZCreateInitiative).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "initiative.manage");
  const row = await initiatives.createInitiative(ctx.user, parsedInput);
  revalidate();
  return { id: row.id };
});

export const updateInitiativeAction = authActionClient.inputSchema(ZUpdateInitiative).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "initiative.manage");
  const row = await initiatives.updateInitiative(ctx.user, parsedInput);
  revalidate();
  return { id: row.id, version: row.version };
});

export const changeStatusAction = authActionClient.inputSchema(ZChangeStatus).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.changeStatus(ctx.user, parsedInput);
  revalidate();
  return { status: row.status, version: row.version };
});

export const postUpdateAction = authActionClient.inputSchema(ZPostUpdate).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.postUpdate(ctx.user, parsedInput);
  revalidate();
  return { id: row.id };
});

export const addMilestoneAction = authActionClient.inputSchema(ZAddMilestone).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "initiative.manage");
  const row = await initiatives.addMilestone(ctx.user, parsedInput);
  revalidate();
  return { id: row.id };
});

export const setMilestoneDoneAction = authActionClient.inputSchema(ZSetMilestoneDone).action(async ({ parsedInput, ctx }) => {
  const row = await initiatives.setMilestoneDone(ctx.user, parsedInput);
  revalidate();
  return { done: row.completedAt !== null };
});
