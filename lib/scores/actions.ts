"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";

import { authActionClient } from "@/lib/actions/safe-action";

import { runRescoreJob, startRescore } from "./rescore";
import { ZActivateModel, ZCreateModelVersion } from "./schema";
import { activateModelVersion, createModelVersionFromConfig } from "./versions";

export const createModelVersionAction = authActionClient.inputSchema(ZCreateModelVersion).action(async ({ parsedInput, ctx }) => {
  const model = await createModelVersionFromConfig(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/scoring", "layout");
  return { id: model.id, version: model.version };
});

export const activateModelAction = authActionClient.inputSchema(ZActivateModel).action(async ({ parsedInput, ctx }) => {
  const job = await activateModelVersion(ctx.user, parsedInput.id);
  // The re-score runs after the response, chunk by chunk; the page polls its progress.
  after(() => runRescoreJob(job.jobId));
  revalidatePath("/[locale]/admin/scoring", "layout");
  return job;
});

export const restartRescoreAction = authActionClient.action(async ({ ctx }) => {
  const job = await startRescore(ctx.user);
  after(() => runRescoreJob(job.jobId));
  revalidatePath("/[locale]/admin/scoring", "layout");
  return job;
});
