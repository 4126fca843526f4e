"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { authActionClient } from "@/lib/actions/safe-action";
import { assertCan } from "@/lib/auth/permissions";
import { requestClient } from "@/lib/http/request-client";

import { enrollingActionClient } from "./action-client";
import { ZResetTwoFactor, ZTwoFactorCode } from "./schema";
import * as twoFactor from "./service";

/** Code checks are throttled per account and client address, like passwords. */
async function clientAddress() {
  return requestClient(await headers()).address;
}

export const startEnrolmentAction = enrollingActionClient.action(async ({ ctx }) => {
  assertCan(ctx.user, "account.updateOwn", { userId: ctx.user.id });
  return twoFactor.startEnrolment(ctx.user);
});

export const confirmEnrolmentAction = enrollingActionClient.inputSchema(ZTwoFactorCode).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "account.updateOwn", { userId: ctx.user.id });
  const recoveryCodes = await twoFactor.confirmEnrolment(ctx.user, parsedInput.code, await clientAddress());
  revalidatePath("/[locale]/account", "page");
  return { recoveryCodes };
});

export const disableTwoFactorAction = authActionClient.inputSchema(ZTwoFactorCode).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "account.disableTwoFactor", { userId: ctx.user.id });
  await twoFactor.disableOwnTwoFactor(ctx.user, parsedInput.code, await clientAddress());
  revalidatePath("/[locale]/account", "page");
  return { ok: true };
});

export const resetTwoFactorAction = authActionClient.inputSchema(ZResetTwoFactor).action(async ({ parsedInput, ctx }) => {
  assertCan(ctx.user, "user.manage");
  await twoFactor.resetTwoFactor(ctx.user, parsedInput.id);
  revalidatePath("/[locale]/admin/users", "layout");
  return { ok: true };
});
