import "server-only";

import { revokeTokensOf } from "@/lib/api-tokens/revoke-on";
import { recordAudit } from "@/lib/audit/service";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { reserveAttempt, resolveAttempt } from "@/lib/auth/throttle";
import { getDb, type DbTx, type Prisma } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { enqueueDeliveries } from "@/lib/jobs/queues";
import { withWriteLimit } from "@/lib/limits/rate";
import { renderInvitationMail } from "@/lib/mail/invitation";
import { queueMail } from "@/lib/mail/outbox";

import type { TInviteUser, TUpdateUser } from "./schema";
import { hashToken, INVITATION_TTL_MS, newToken, RESET_TTL_MS } from "./tokens";

type Tx = DbTx;

const userView = {
  id: true,
  email: true,
  name: true,
  role: true,
  status: true,
  locale: true,
  organizationId: true,
  version: true,
  lastLoginAt: true,
  createdAt: true,
  organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } },
} satisfies Prisma.UserSelect;

export type UserFilter = {
  q?: string;
  role?: "ADMIN" | "ORGANIZER" | "PARTNER";
  status?: "INVITED" | "ACTIVE" | "DISABLED";
  organizationId?: string;
};

export async function listUsers(actor: Actor, filter: UserFilter = {}) {
  assertCan(actor, "user.read");
  const q = filter.q?.trim();
  return getDb().user.findMany({
    where: {
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.organizationId ? { organizationId: filter.organizationId } : {}),
      ...(q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {}),
    },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: userView,
    take: 500,
  });
}

export async function getUserOrThrow(actor: Actor, id: string) {
  assertCan(actor, "user.read");
  assertUuid(id);
  const user = await getDb().user.findUnique({ where: { id }, select: userView });
  if (!user) throw new NotFoundError();
  return user;
}

/** Partners need an existing, active organization; other roles carry none. */
async function resolveOrganization(tx: Tx, role: string, organizationId: string | undefined): Promise<string | null> {
  if (role !== "PARTNER") return null;
  const org = organizationId ? await tx.organization.findUnique({ where: { id: organizationId } }) : null;
  if (!org || org.archivedAt) throw new ValidationError("organizationInvalid", "organizationId");
  return org.id;
}

async function issueToken(tx: Tx, actorId: string | null, userId: string, purpose: "INVITATION" | "PASSWORD_RESET") {
  // A new link replaces any earlier unused one of the same kind.
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  const { token, tokenHash } = newToken();
  const ttl = purpose === "INVITATION" ? INVITATION_TTL_MS : RESET_TTL_MS;
  const row = await tx.userToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + ttl), createdById: actorId },
  });
  return { token, expiresAt: row.expiresAt };
}

/**
 * The invitation link also goes to the person by e-mail, in their language, written to the
 * outbox in the transaction that issues the token (a rollback sends nothing).
 */
async function mailInvitation(
  tx: Tx,
  actor: Actor,
  user: { id: string; email: string; locale: "en" | "zh" | "ru" },
  token: string,
  expiresAt: Date,
) {
  const inviter = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  const mail = await queueMail(tx, user, renderInvitationMail(user.locale, { inviter: inviter?.name ?? "Synergia", token, expiresAt }));
  await enqueueDeliveries(tx, [mail.id]);
}

/** Creates an invited account, mails the single-use link and returns its token (shown once). */
export async function inviteUser(actor: Actor, input: TInviteUser) {
  assertCan(actor, "user.manage");
  return withWriteLimit(actor.id, "invitation", 1, () => createInvited(actor, input));
}

async function createInvited(actor: Actor, input: TInviteUser) {
  try {
    return await getDb().$transaction(async (tx) => {
      const organizationId = await resolveOrganization(tx, input.role, input.organizationId);
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, locale: input.locale, organizationId, status: "INVITED" },
        select: userView,
      });
      const { token, expiresAt } = await issueToken(tx, actor.id, user.id, "INVITATION");
      await mailInvitation(tx, actor, user, token, expiresAt);
      await recordAudit(tx, { actorId: actor.id, action: "user.invite", entityType: "User", entityId: user.id, after: user });
      return { user, token, expiresAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("emailTaken", "email");
    throw error;
  }
}

/** A new invitation link for an account that has not accepted yet. */
export async function reissueInvitation(actor: Actor, id: string) {
  assertCan(actor, "user.manage");
  return withWriteLimit(actor.id, "invitation", 1, () => reissue(actor, id));
}

async function reissue(actor: Actor, id: string) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: userView });
    if (!user) throw new NotFoundError();
    if (user.status !== "INVITED") throw new ValidationError("alreadyAccepted");
    const { token, expiresAt } = await issueToken(tx, actor.id, id, "INVITATION");
    await mailInvitation(tx, actor, user, token, expiresAt);
    await recordAudit(tx, { actorId: actor.id, action: "user.reinvite", entityType: "User", entityId: id });
    return { user, token, expiresAt };
  });
}

async function assertAnotherActiveAdmin(tx: Tx, excludingId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", status: "ACTIVE", id: { not: excludingId } } });
  if (others === 0) throw new ValidationError("lastAdmin");
}

export async function updateUser(actor: Actor, input: TUpdateUser) {
  assertCan(actor, "user.manage");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: userView });
    if (!before) throw new NotFoundError();
    if (before.role !== input.role) {
      if (input.id === actor.id) throw new ValidationError("cannotChangeOwnRole", "role");
      if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, input.id);
    }
    const organizationId = await resolveOrganization(tx, input.role, input.organizationId);
    // A changed role or organization changes what the user may do: end their sessions.
    const endSessions = before.role !== input.role || before.organizationId !== organizationId;
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        role: input.role,
        organizationId,
        version: { increment: 1 },
        ...(endSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    if (endSessions) {
      await endAllSessions(tx, input.id);
      const reason = before.role !== input.role ? "roleChanged" : "organizationChanged";
      await revokeTokensOf(tx, { userId: input.id }, actor.id, reason);
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: userView });
    await recordAudit(tx, { actorId: actor.id, action: "user.update", entityType: "User", entityId: input.id, before, after });
    return after;
  });
}

/** Deactivation ends every open session at once; reactivation restores the previous state. */
export async function setUserActive(actor: Actor, input: { id: string; active: boolean }) {
  assertCan(actor, "user.manage");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: { ...userView, passwordHash: true } });
    if (!before) throw new NotFoundError();
    if (!input.active) {
      if (input.id === actor.id) throw new ValidationError("cannotDeactivateSelf");
      if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, input.id);
    }
    const status = input.active ? (before.passwordHash ? "ACTIVE" : "INVITED") : "DISABLED";
    const after = await tx.user.update({
      where: { id: input.id },
      data: { status, version: { increment: 1 }, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
      select: userView,
    });
    if (!input.active) {
      await endAllSessions(tx, input.id);
      await revokeTokensOf(tx, { userId: input.id }, actor.id, "deactivated");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: input.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

export async function issuePasswordReset(actor: Actor, id: string) {
  assertCan(actor, "user.manage");
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: userView });
    if (!user) throw new NotFoundError();
    if (user.status === "DISABLED") throw new ValidationError("userDisabled");
    const { token, expiresAt } = await issueToken(tx, actor.id, id, "PASSWORD_RESET");
    await recordAudit(tx, { actorId: actor.id, action: "user.issuePasswordReset", entityType: "User", entityId: id });
    return { user, token, expiresAt };
  });
}

/** Looks up an unused, unexpired link; the error says which of the three it is not. */
async function findUsableToken(tx: Pick<Tx, "userToken">, token: string, purpose: "INVITATION" | "PASSWORD_RESET") {
  const row = await tx.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, status: true, locale: true } } },
  });
  if (!row || row.purpose !== purpose) throw new ValidationError("linkInvalid");
  if (row.usedAt) throw new ValidationError("linkUsed");
  if (row.expiresAt.getTime() <= Date.now()) throw new ValidationError("linkExpired");
  if (row.user.status === "DISABLED") throw new ValidationError("linkInvalid");
  return row;
}

/** For the invitation and reset pages: who the link is for, or why it cannot be used. */
export async function describeToken(token: string, purpose: "INVITATION" | "PASSWORD_RESET") {
  const row = await findUsableToken(getDb(), token, purpose);
  return { email: row.user.email, name: row.user.name, locale: row.user.locale, expiresAt: row.expiresAt };
}

/** Sets the password from a single-use link. The token row is claimed atomically. */
export async function redeemToken(input: { token: string; password: string }, purpose: "INVITATION" | "PASSWORD_RESET") {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const row = await findUsableToken(tx, input.token, purpose);
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count === 0) throw new ValidationError("linkUsed");
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, status: "ACTIVE", sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { id: true, email: true, locale: true },
    });
    await endAllSessions(tx, user.id);
    await revokeTokensOf(tx, { userId: user.id }, user.id, "passwordChanged");
    await recordAudit(tx, {
      actorId: user.id,
      action: purpose === "INVITATION" ? "user.acceptInvitation" : "user.resetPassword",
      entityType: "User",
      entityId: user.id,
    });
    return user;
  });
}

/**
 * The current password is checked under the sign-in throttle (a copied session must not become
 * an unthrottled way to guess it); `ip`: the client address.
 */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }, ip: string) {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const db = getDb();
  const current = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  const attempt = await reserveAttempt({ email: current.email, address: ip, factor: "PASSWORD" });
  let ok = false;
  try {
    ok = !!current.passwordHash && (await verifyPassword(current.passwordHash, input.currentPassword));
  } finally {
    await resolveAttempt(attempt, ok);
  }
  if (!ok) throw new ValidationError("currentPasswordWrong", "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await endAllSessions(tx, actor.id);
    await revokeTokensOf(tx, { userId: actor.id }, actor.id, "passwordChanged");
    await recordAudit(tx, { actorId: actor.id, action: "user.changePassword", entityType: "User", entityId: actor.id });
  });
}

export async function setOwnLocale(actor: Actor, locale: "en" | "zh" | "ru") {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.setLocale",
      entityType: "User",
      entityId: actor.id,
      before,
      after: { locale },
    });
  });
}
