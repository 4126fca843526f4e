"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { ZArchiveOrganization, ZCreateOrganization, ZUpdateOrganization } from "./schema";
import * as organizations from "./service";

export const createOrganizationAction = authActionClient.inputSchema(ZCreateOrganization).action(async ({ parsedInput, ctx }) => {
  const org = await organizations.createOrganization(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/organizations", "layout");
  return { id: org.id };
});

export const updateOrganizationAction = authActionClient.inputSchema(ZUpdateOrganization).action(async ({ parsedInput, ctx }) => {
  const org = await organizations.updateOrganization(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/organizations", "layout");
  return { id: org.id, version: org.version };
});

export const archiveOrganizationAction = authActionClient.inputSchema(ZArchiveOrganization).action(async ({ parsedInput, ctx }) => {
  const org = await organizations.setOrganizationArchived(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/organizations", "layout");
  return { archived: org.archivedAt !== null, version: org.version };
});
