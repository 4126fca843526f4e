"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { revalidatePublic } from "@/lib/publication/revalidate";

import { ProjectConflictError } from "./errors";
import * as partners from "./partners";
import {
  ZCreateProject,
  ZInvitePartner,
  ZRemovePartner,
  ZRespondInvitation,
  ZSaveTranslation,
  ZSetProjectStatus,
  ZUpdateProject,
} from "./schema";
import * as projects from "./service";

// Texts, status and partners decide what the public portal shows (a new partner has not agreed yet).
const revalidateProjects = async () => {
  revalidatePath("/[locale]/projects", "layout");
  await revalidatePublic("projects");
};

export const createProjectAction = authActionClient.inputSchema(ZCreateProject).action(async ({ parsedInput, ctx }) => {
  const project = await projects.createProject(ctx.user, parsedInput);
  await revalidateProjects();
  return { id: project.id, code: project.code };
});

/**
 * A stale edit is an expected outcome, not a failure: the editor gets the field-by-field
 * comparison as data so the form can show it next to their unsaved values.
 */
export const updateProjectAction = authActionClient.inputSchema(ZUpdateProject).action(async ({ parsedInput, ctx }) => {
  try {
    const project = await projects.updateProject(ctx.user, parsedInput);
    await revalidateProjects();
    return { saved: true as const, version: project.version };
  } catch (error) {
    if (error instanceof ProjectConflictError)
      return { saved: false as const, changes: error.changes, currentVersion: error.currentVersion };
    throw error;
  }
});

export const setProjectStatusAction = authActionClient.inputSchema(ZSetProjectStatus).action(async ({ parsedInput, ctx }) => {
  const project = await projects.setProjectStatus(ctx.user, parsedInput);
  await revalidateProjects();
  return { status: project.status, version: project.version };
});

export const saveTranslationAction = authActionClient.inputSchema(ZSaveTranslation).action(async ({ parsedInput, ctx }) => {
  await projects.saveTranslation(ctx.user, parsedInput);
  await revalidateProjects();
  return { locale: parsedInput.locale };
});

export const invitePartnerAction = authActionClient.inputSchema(ZInvitePartner).action(async ({ parsedInput, ctx }) => {
  await partners.invitePartner(ctx.user, parsedInput);
  await revalidateProjects();
  return { organizationId: parsedInput.organizationId };
});

export const respondToInvitationAction = authActionClient.inputSchema(ZRespondInvitation).action(async ({ parsedInput, ctx }) => {
  const row = await partners.respondToInvitation(ctx.user, parsedInput);
  await revalidateProjects();
  revalidatePath("/[locale]", "page");
  return { status: row.status };
});

export const removePartnerAction = authActionClient.inputSchema(ZRemovePartner).action(async ({ parsedInput, ctx }) => {
  await partners.removePartner(ctx.user, parsedInput);
  await revalidateProjects();
  return { organizationId: parsedInput.organizationId };
});
