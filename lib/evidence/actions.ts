"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { revalidatePublic } from "@/lib/publication/revalidate";

import { confirmMany } from "./bulk";
import { ZConfirmMany, ZDecision, ZEvidenceRef } from "./schema";
import * as transitions from "./transitions";

// Who may submit, withdraw or decide depends on the evidence row (its organization, the
// project's members, their countries), so the service checks it. New and edited evidence carry
// files and arrive through app/api/evidence instead.

const saved = (row: { id: string; status: string; version: number }) => ({ id: row.id, status: row.status, version: row.version });

export const submitEvidenceAction = authActionClient.inputSchema(ZEvidenceRef).action(async ({ parsedInput, ctx }) => {
  const row = await transitions.submitEvidence(ctx.user, parsedInput);
  revalidatePath("/[locale]/evidence/[id]", "page");
  revalidatePath("/[locale]/projects/[id]", "page");
  // The score moved: the public portal shows it once the page regenerates.
  await revalidatePublic("projects", "soon");
  return saved(row);
});

export const withdrawEvidenceAction = authActionClient.inputSchema(ZEvidenceRef).action(async ({ parsedInput, ctx }) => {
  const row = await transitions.withdrawEvidence(ctx.user, parsedInput);
  revalidatePath("/[locale]/evidence/[id]", "page");
  revalidatePath("/[locale]/projects/[id]", "page");
  // The score moved: the public portal shows it once the page regenerates.
  await revalidatePublic("projects", "soon");
  return saved(row);
});

/** A counterpart's CONFIRM, DISPUTE (with a reason) or RETURN (with fixes) of the shown version. */
export const decideEvidenceAction = authActionClient.inputSchema(ZDecision).action(async ({ parsedInput, ctx }) => {
  const row = await transitions.decideEvidence(ctx.user, parsedInput);
  revalidatePath("/[locale]/evidence/[id]", "page");
  revalidatePath("/[locale]", "page");
  await revalidatePublic("projects", "soon");
  return saved(row);
});

/** The verification queue: confirm the selected items, each under the counterpart rules. */
export const confirmManyAction = authActionClient.inputSchema(ZConfirmMany).action(async ({ parsedInput, ctx }) => {
  const result = await confirmMany(ctx.user, parsedInput);
  revalidatePath("/[locale]/verification", "page");
  revalidatePath("/[locale]", "page");
  return result;
});
