/**
 * The one permission module: a table of actions × roles plus ownership predicates.
 * Pages, server actions and route handlers all ask `can` / `assertCan`; an unknown role or
 * action is refused. Pure: no I/O, so it is table-tested and usable anywhere.
 */
import { ForbiddenError } from "@/lib/errors";

export const ROLES = ["ADMIN", "ORGANIZER", "PARTNER"] as const;
export type Role = (typeof ROLES)[number];

/** What the permission module needs to know about the acting user. */
export type Actor = {
  id: string;
  role: string;
  organizationId: string | null;
};

type Rule = {
  roles: readonly Role[];
  /** Extra condition on the resource; the role must match as well. */
  when?: (actor: Actor, resource: Resource) => boolean;
};

/** Whatever a predicate may inspect; each action documents what it expects. */
export type Resource = {
  userId?: string;
  organizationId?: string | null;
};

const everyone = ROLES;

const RULES = {
  // The shell and landing pages.
  "app.use": { roles: everyone },
  // Reading organizations (names appear across the platform).
  "organization.read": { roles: everyone },
  "organization.manage": { roles: ["ADMIN"] },
  "user.read": { roles: ["ADMIN"] },
  "user.manage": { roles: ["ADMIN"] },
  "audit.read": { roles: ["ADMIN"] },
  // Own account: password and preferred language.
  "account.updateOwn": { roles: everyone, when: (actor, r) => r.userId === actor.id },
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!actor || !isRole(actor.role)) return false;
  const rule: Rule | undefined = RULES[action];
  if (!rule) return false;
  if (!rule.roles.includes(actor.role)) return false;
  return rule.when ? rule.when(actor, resource) : true;
}

export function assertCan(actor: Actor | null | undefined, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource)) throw new ForbiddenError();
}

/** Every action name, for tests that walk the whole table. */
export const ACTIONS = Object.keys(RULES) as Action[];
