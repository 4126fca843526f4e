/**
 * The one permission module: a table of actions × roles plus ownership predicates.
 * Services enforce it (`assertCan`, with the actor passed in explicitly), so a server action or
 * route handler calling a service needs no check of its own; pages ask `can` only to decide what
 * to show. An unknown role or action is refused. Pure: no I/O, so it is table-tested and usable
 * anywhere.
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
  /** Organizations that have accepted membership of the project in question. */
  memberOrgIds?: readonly string[];
  /** The organization (and its country) that entered the evidence in question. */
  evidenceOrgId?: string;
  evidenceCountry?: "CN" | "RU";
  /** The acting partner's organization country (services look it up). */
  actorCountry?: "CN" | "RU" | null;
};

const isMember = (actor: Actor, r: Resource) => !!actor.organizationId && (r.memberOrgIds ?? []).includes(actor.organizationId);

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
  // Own account: password, preferred language, enrolling a second factor.
  "account.updateOwn": { roles: everyone, when: (actor, r) => r.userId === actor.id },
  // Two-factor sign-in is required for administrators and organizers (TWO_FACTOR_REQUIRED_ROLES),
  // so only partners may turn theirs off.
  "account.disableTwoFactor": { roles: ["PARTNER"], when: (actor, r) => r.userId === actor.id },

  // Joint projects: everyone signed in reads; partners register them for their organization
  // and edit those their organization belongs to.
  "project.read": { roles: everyone },
  "project.create": { roles: ["PARTNER"] },
  "project.edit": { roles: ["PARTNER"], when: isMember },
  // Accepting or declining an invitation to join a project: a user of the invited organization
  // (organizationId = the invited one), or an organizer on its behalf.
  "project.respondToInvitation": {
    roles: ["PARTNER", "ORGANIZER"],
    when: (actor, r) => actor.role === "ORGANIZER" || (!!actor.organizationId && actor.organizationId === r.organizationId),
  },

  // The public portal: each member organization's partners (organizationId = the consenting
  // organization, memberOrgIds = the project's accepted members) or an administrator record that
  // organization's consent to publish the project.
  "project.publishConsent": {
    roles: ["PARTNER", "ADMIN"],
    when: (actor, r) =>
      actor.role === "ADMIN" || (!!actor.organizationId && actor.organizationId === r.organizationId && isMember(actor, r)),
  },

  // Evidence: members enter it; only the entering organization edits, submits or withdraws it.
  "evidence.create": { roles: ["PARTNER"], when: isMember },
  "evidence.edit": { roles: ["PARTNER"], when: (actor, r) => isMember(actor, r) && actor.organizationId === r.evidenceOrgId },
  // Counterpart verification: a member organization of the *other* country, or an organizer.
  // Nobody verifies their own organization's evidence.
  "evidence.verify": {
    roles: ["PARTNER", "ORGANIZER"],
    when: (actor, r) =>
      actor.role === "ORGANIZER" ||
      (isMember(actor, r) &&
        !!r.actorCountry &&
        !!r.evidenceCountry &&
        r.actorCountry !== r.evidenceCountry &&
        actor.organizationId !== r.evidenceOrgId),
  },
  "evidence.downloadAttachment": { roles: everyone },

  // The indicator catalog and scoring model versions.
  "catalog.manage": { roles: ["ADMIN"] },
  "scoringModel.manage": { roles: ["ADMIN"] },

  // Policy recommendations and their initiatives: everyone signed in reads; organizers manage
  // recommendations, initiatives, milestones and forum editions; partners of an owner
  // organization (memberOrgIds = the initiative's owner organizations) post updates and tick
  // milestones.
  "recommendation.read": { roles: everyone },
  "recommendation.manage": { roles: ["ORGANIZER"] },
  "initiative.manage": { roles: ["ORGANIZER"] },
  "initiative.contribute": { roles: ["ORGANIZER", "PARTNER"], when: (actor, r) => actor.role === "ORGANIZER" || isMember(actor, r) },
  "forum.manage": { roles: ["ORGANIZER"] },

  // Notifications (issue 5): each user reads and marks only their own (userId = the
  // notification's recipient); anyone signed in follows or unfollows projects and initiatives
  // and chooses their delivery; administrators read the e-mail outbox.
  "notification.read": { roles: everyone, when: (actor, r) => r.userId === actor.id },
  "notification.preferences": { roles: everyone },
  "follow.manage": { roles: everyone },
  "outbox.read": { roles: ["ADMIN"] },

  // Comments: whoever may read the target reads and writes its comments (the comments service
  // checks the target); only the author edits or deletes (userId = the author); organizers
  // moderate (hide with a reason, previous versions, the reports queue); anyone reports; a
  // revision request is resolved by the evidence's own organization (organizationId).
  "comment.write": { roles: everyone },
  "comment.editOwn": { roles: everyone, when: (actor, r) => r.userId === actor.id },
  "comment.report": { roles: everyone },
  "comment.moderate": { roles: ["ORGANIZER"] },
  "comment.resolveRevision": {
    roles: ["PARTNER"],
    when: (actor, r) => !!actor.organizationId && actor.organizationId === r.organizationId,
  },
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

/** Roles that must sign in with a second factor; they are sent to enrolment until they have one. */
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = ["ADMIN", "ORGANIZER"];

export function twoFactorRequired(role: string): boolean {
  return (TWO_FACTOR_REQUIRED_ROLES as readonly string[]).includes(role);
}

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
