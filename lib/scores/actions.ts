"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { startRescore } from "./rescore";
import { ZActivateModel, ZCreateModelVersion } from "./schema";
import { activateModelVersion, createModelVersionFromConfig } from "./versions";

export const createModelVersionAction = authActionClient.inputSchema(ZCreateModelVersion).action(async ({ parsedInput, ctx }) => {
  const model = await createModelVersionFromConfig(ctx.user, parsedInput);
  if (!model) return { id: null, version: null };
  revalidatePath("/[locale]/admin/scoring", "layout");
  return { id: model.id, version: model.version };
});

export const activateModelAction = authActionClient.inputSchema(ZActivateModel).action(async ({ parsedInput, ctx }) => {
  // The re-score is a job on the queue (enqueued with the activation): a worker runs it chunk by
  // chunk, and the page polls its progress.
  const job = await activateModelVersion(ctx.user, parsedInput.id, { previewToken: parsedInput.previewToken });
  revalidatePath("/[locale]/admin/scoring", "layout");
  return job;
});

export const restartRescoreAction = authActionClient.action(async ({ ctx }) => {
  const job = await startRescore(ctx.user);
  revalidatePath("/[locale]/admin/scoring", "layout");
  return job;
});
