"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { ZCreateOrganizationToken, ZCreatePersonalToken, ZRevokePersonalTokensOf, ZRevokeToken } from "./schema";
import * as tokens from "./service";

// The secret travels back once, in this response; it is never stored or shown again.
export const createPersonalTokenAction = authActionClient.inputSchema(ZCreatePersonalToken).action(async ({ parsedInput, ctx }) => {
  const { secret, token } = await tokens.createPersonalToken(ctx.user, parsedInput);
  revalidatePath("/[locale]/account", "page");
  return { id: token.id, secret, expiresAt: token.expiresAt.toISOString() };
});

export const createOrganizationTokenAction = authActionClient.inputSchema(ZCreateOrganizationToken).action(async ({ parsedInput, ctx }) => {
  const { secret, token } = await tokens.createOrganizationToken(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/organizations/[id]", "page");
  return { id: token.id, secret, expiresAt: token.expiresAt.toISOString() };
});

export const revokeTokenAction = authActionClient.inputSchema(ZRevokeToken).action(async ({ parsedInput, ctx }) => {
  const token = await tokens.revokeToken(ctx.user, parsedInput);
  revalidatePath("/[locale]/account", "page");
  revalidatePath("/[locale]/admin/organizations/[id]", "page");
  return { id: token.id, revokedAt: token.revokedAt?.toISOString() ?? null };
});

/** An administrator revokes all of someone's personal tokens (the service checks the permission). */
export const revokePersonalTokensOfAction = authActionClient.inputSchema(ZRevokePersonalTokensOf).action(async ({ parsedInput, ctx }) => {
  const count = await tokens.revokePersonalTokensOf(ctx.user, parsedInput.userId);
  revalidatePath("/[locale]/admin/users", "layout");
  return { count };
});
