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

/**
 * How an API request authenticated (lib/api-tokens): absent for a person signed in to the app.
 * `kind` ORGANIZATION is always READ (see organizationTokenActor).
 */
export type TokenGrant = { id: string; kind: "PERSONAL" | "ORGANIZATION"; scope: "READ" | "READ_WRITE" };

/** What the permission module needs to know about the acting user. */
export type Actor = {
  id: string;
  role: string;
  organizationId: string | null;
  /** Set when the request carries an API token instead of a session: see `tokenAllows`. */
  token?: TokenGrant;
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

  // The region map (issue 16): organizers and administrators see the whole portfolio, a partner
  // its own organization's projects (a partner without an organization has none to see).
  "regionMap.read": { roles: everyone, when: (actor) => actor.role !== "PARTNER" || !!actor.organizationId },
  "regionMap.readAll": { roles: ["ADMIN", "ORGANIZER"] },

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
  // The verification queue (issue 14): whoever may verify anything lists what waits for them;
  // each decision in it is still checked item by item with `evidence.verify`.
  "verification.queue": { roles: ["PARTNER", "ORGANIZER"] },

  // Reporting periods (issue 14): everyone signed in sees them; organizers open, reopen (with a
  // reason) and follow them. A project's baseline and target per indicator are set by its member
  // organizations or an organizer (memberOrgIds = the project's accepted organizations).
  "period.read": { roles: everyone },
  "period.manage": { roles: ["ORGANIZER"] },
  "projectPlan.edit": { roles: ["PARTNER", "ORGANIZER"], when: (actor, r) => actor.role === "ORGANIZER" || isMember(actor, r) },

  // Portfolio analytics (issue 16): organizers and administrators see every project; a partner
  // sees the same figures over their own organization's projects only (the service scopes the
  // queries to `portfolioScope`). A partner without an organization sees nothing.
  "portfolio.read": { roles: everyone, when: (actor) => actor.role !== "PARTNER" || !!actor.organizationId },
  "portfolio.readAll": { roles: ["ADMIN", "ORGANIZER"] },

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

  // API tokens (issue 15): everyone manages their own personal tokens (userId = the token's
  // owner); administrators manage organizations' tokens.
  "apiToken.manageOwn": { roles: everyone, when: (actor, r) => r.userId === actor.id },
  "apiToken.manageOrganization": { roles: ["ADMIN"] },
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

/**
 * What a request authenticated by an API token may do at most, whatever its owner's role allows:
 * read with any token; enter, change and verify evidence and edit projects with a read-write one.
 * Everything else (accounts, tokens, administration, moderation, comments, notifications, pages)
 * needs a person signed in, and is refused here, so that no service can be reached with a token
 * by mistake.
 */
const TOKEN_READS: ReadonlySet<Action> = new Set<Action>(["organization.read", "project.read", "recommendation.read"]);
const TOKEN_WRITES: ReadonlySet<Action> = new Set<Action>(["project.edit", "evidence.create", "evidence.edit", "evidence.verify"]);

/** Only a personal read-write token writes; an organization token never does. */
export function tokenWrites(grant: TokenGrant): boolean {
  return grant.kind === "PERSONAL" && grant.scope === "READ_WRITE";
}

export function tokenAllows(grant: TokenGrant, action: Action): boolean {
  return TOKEN_READS.has(action) || (tokenWrites(grant) && TOKEN_WRITES.has(action));
}

/**
 * The actor of a personal token: its owner as they are now, limited by the token's scope. The
 * token only works while the owner keeps the role and organization they had when creating it
 * (lib/api-tokens/authenticate.ts), so it never carries more than its owner granted.
 */
export function personalTokenActor(owner: Omit<Actor, "token">, grant: Omit<TokenGrant, "kind">): Actor {
  return { id: owner.id, role: owner.role, organizationId: owner.organizationId, token: { ...grant, kind: "PERSONAL" } };
}

/**
 * The actor of an organization token. It reads on behalf of its organization without being one of
 * its people: a partner of no organization, so it reads the shared record that every signed-in
 * reader sees, and no organization's drafts (its own neither: the administrator who created it
 * and saw its secret is no member), and never passes a membership check. It only reads: every
 * write on the platform names the person who answers for it (evidence "submitted by", a
 * verification's decider), which an organization's machine credential cannot. Its id is the
 * token's, which names no user.
 */
export function organizationTokenActor(tokenId: string): Actor {
  return { id: tokenId, role: "PARTNER", organizationId: null, token: { id: tokenId, kind: "ORGANIZATION", scope: "READ" } };
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!actor || !isRole(actor.role)) return false;
  if (actor.token && !tokenAllows(actor.token, action)) return false;
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

/**
 * Which projects the portfolio figures of `actor` may cover: all of them, those of one
 * organization, or none (refused).
 */
export function portfolioScope(actor: Actor | null | undefined): { all: true } | { organizationId: string } {
  assertCan(actor, "portfolio.read");
  if (can(actor, "portfolio.readAll")) return { all: true };
  if (!actor?.organizationId) throw new ForbiddenError();
  return { organizationId: actor.organizationId };
}
