"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import { markAllRead, markRead } from "./inbox";
import { savePreferences } from "./preferences";
import { ZMarkRead, ZPreferences } from "./schema";

export const markNotificationsReadAction = authActionClient.inputSchema(ZMarkRead).action(async ({ parsedInput, ctx }) => {
  const count = await markRead(ctx.user, parsedInput.ids);
  revalidatePath("/[locale]/notifications", "page");
  return { count };
});

export const markAllNotificationsReadAction = authActionClient.action(async ({ ctx }) => {
  const count = await markAllRead(ctx.user);
  revalidatePath("/[locale]/notifications", "page");
  return { count };
});

export const saveNotificationPreferencesAction = authActionClient.inputSchema(ZPreferences).action(async ({ parsedInput, ctx }) => {
  const preferences = await savePreferences(ctx.user, parsedInput);
  revalidatePath("/[locale]/account", "page");
  return { preferences };
});
