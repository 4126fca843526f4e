"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { authActionClient } from "@/lib/actions/safe-action";
import { requestClient } from "@/lib/http/request-client";

import { enrollingActionClient } from "./action-client";
import { ZResetTwoFactor, ZStartEnrolment, ZTwoFactorCode } from "./schema";
import * as twoFactor from "./service";

// The services check permissions; code checks are throttled per account and client address.

/** The client address of this request, for throttling. */
async function clientAddress() {
  return requestClient(await headers()).address;
}

export const startEnrolmentAction = enrollingActionClient.inputSchema(ZStartEnrolment).action(async ({ parsedInput, ctx }) => {
  return twoFactor.startEnrolment(ctx.user, { code: parsedInput.code, ip: await clientAddress() });
});

export const regenerateRecoveryCodesAction = authActionClient.inputSchema(ZTwoFactorCode).action(async ({ parsedInput, ctx }) => {
  const recoveryCodes = await twoFactor.regenerateRecoveryCodes(ctx.user, parsedInput.code, await clientAddress());
  revalidatePath("/[locale]/account", "page");
  return { recoveryCodes };
});

export const confirmEnrolmentAction = enrollingActionClient.inputSchema(ZTwoFactorCode).action(async ({ parsedInput, ctx }) => {
  const recoveryCodes = await twoFactor.confirmEnrolment(ctx.user, parsedInput.code, await clientAddress());
  revalidatePath("/[locale]/account", "page");
  return { recoveryCodes };
});

export const disableTwoFactorAction = authActionClient.inputSchema(ZTwoFactorCode).action(async ({ parsedInput, ctx }) => {
  await twoFactor.disableOwnTwoFactor(ctx.user, parsedInput.code, await clientAddress());
  revalidatePath("/[locale]/account", "page");
  return { ok: true };
});

export const resetTwoFactorAction = authActionClient.inputSchema(ZResetTwoFactor).action(async ({ parsedInput, ctx }) => {
  await twoFactor.resetTwoFactor(ctx.user, parsedInput.id);
  revalidatePath("/[locale]/admin/users", "layout");
  return { ok: true };
});
