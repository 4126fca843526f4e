"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { actionClient, authActionClient } from "@/lib/actions/safe-action";
import { absoluteUrl } from "@/lib/http/absolute-url";
import { requestClient } from "@/lib/http/request-client";

import {
  ZAcceptInvitation,
  ZChangePassword,
  ZInviteUser,
  ZResetPassword,
  ZSetLocale,
  ZSetUserStatus,
  ZUpdateUser,
  ZUserId,
} from "./schema";
import * as accounts from "./service";

async function linkFor(kind: "invite" | "reset", locale: string, token: string) {
  return absoluteUrl(`/${locale}/${kind}/${token}`);
}

export const inviteUserAction = authActionClient.inputSchema(ZInviteUser).action(async ({ parsedInput, ctx }) => {
  const { user, token, expiresAt } = await accounts.inviteUser(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/users", "page");
  return { userId: user.id, link: await linkFor("invite", user.locale, token), expiresAt: expiresAt.toISOString() };
});

export const reissueInvitationAction = authActionClient.inputSchema(ZUserId).action(async ({ parsedInput, ctx }) => {
  const { user, token, expiresAt } = await accounts.reissueInvitation(ctx.user, parsedInput.id);
  return { link: await linkFor("invite", user.locale, token), expiresAt: expiresAt.toISOString() };
});

export const updateUserAction = authActionClient.inputSchema(ZUpdateUser).action(async ({ parsedInput, ctx }) => {
  const user = await accounts.updateUser(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/users", "layout");
  return { version: user.version };
});

export const setUserActiveAction = authActionClient.inputSchema(ZSetUserStatus).action(async ({ parsedInput, ctx }) => {
  const user = await accounts.setUserActive(ctx.user, parsedInput);
  revalidatePath("/[locale]/admin/users", "layout");
  return { status: user.status, version: user.version };
});

export const issuePasswordResetAction = authActionClient.inputSchema(ZUserId).action(async ({ parsedInput, ctx }) => {
  const { user, token, expiresAt } = await accounts.issuePasswordReset(ctx.user, parsedInput.id);
  return { link: await linkFor("reset", user.locale, token), expiresAt: expiresAt.toISOString() };
});

// The two link actions are public on purpose: possession of the single-use token is the permission.
export const acceptInvitationAction = actionClient.inputSchema(ZAcceptInvitation).action(async ({ parsedInput }) => {
  const user = await accounts.redeemToken(parsedInput, "INVITATION");
  return { email: user.email, locale: user.locale };
});

export const resetPasswordAction = actionClient.inputSchema(ZResetPassword).action(async ({ parsedInput }) => {
  const user = await accounts.redeemToken(parsedInput, "PASSWORD_RESET");
  return { email: user.email, locale: user.locale };
});

export const changePasswordAction = authActionClient.inputSchema(ZChangePassword).action(async ({ parsedInput, ctx }) => {
  await accounts.changeOwnPassword(ctx.user, parsedInput, requestClient(await headers()).address);
  return { ok: true };
});

export const setLocaleAction = authActionClient.inputSchema(ZSetLocale).action(async ({ parsedInput, ctx }) => {
  await accounts.setOwnLocale(ctx.user, parsedInput.locale);
  return { locale: parsedInput.locale };
});
