import { describe, expect, it } from "vitest";

import {
  ACTIONS,
  assertCan,
  can,
  portfolioScope,
  twoFactorRequired,
  type Action,
  type Actor,
  type Resource,
  type Role,
} from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

const admin: Actor = { id: "a", role: "ADMIN", organizationId: null };
const organizer = { id: "o", role: "ORGANIZER", organizationId: null };
const partner = { id: "p", role: "PARTNER", organizationId: "org-1" };
const actors: Record<Role, Actor> = { ADMIN: admin, ORGANIZER: organizer, PARTNER: partner };

// The expected table, written out independently of the module.
const expected: Record<Action, Role[]> = {
  "app.use": ["ADMIN", "ORGANIZER", "PARTNER"],
  "organization.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "organization.manage": ["ADMIN"],
  "user.read": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "account.updateOwn": ["ADMIN", "ORGANIZER", "PARTNER"],
  "account.disableTwoFactor": ["PARTNER"],
  "project.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "project.create": ["PARTNER"],
  "project.edit": ["PARTNER"],
  "project.respondToInvitation": ["ORGANIZER", "PARTNER"],
  "project.publishConsent": ["ADMIN", "PARTNER"],
  "regionMap.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "regionMap.readAll": ["ADMIN", "ORGANIZER"],
  "evidence.create": ["PARTNER"],
  "evidence.edit": ["PARTNER"],
  "evidence.verify": ["ORGANIZER", "PARTNER"],
  "evidence.downloadAttachment": ["ADMIN", "ORGANIZER", "PARTNER"],
  "verification.queue": ["ORGANIZER", "PARTNER"],
  "period.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "period.manage": ["ORGANIZER"],
  "projectPlan.edit": ["ORGANIZER", "PARTNER"],
  "portfolio.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "portfolio.readAll": ["ADMIN", "ORGANIZER"],
  "catalog.manage": ["ADMIN"],
  "scoringModel.manage": ["ADMIN"],
  "recommendation.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "recommendation.manage": ["ORGANIZER"],
  "initiative.manage": ["ORGANIZER"],
  "initiative.contribute": ["ORGANIZER", "PARTNER"],
  "forum.manage": ["ORGANIZER"],
  "notification.read": ["ADMIN", "ORGANIZER", "PARTNER"],
  "notification.preferences": ["ADMIN", "ORGANIZER", "PARTNER"],
  "follow.manage": ["ADMIN", "ORGANIZER", "PARTNER"],
  "outbox.read": ["ADMIN"],
  "comment.write": ["ADMIN", "ORGANIZER", "PARTNER"],
  "comment.editOwn": ["ADMIN", "ORGANIZER", "PARTNER"],
  "comment.report": ["ADMIN", "ORGANIZER", "PARTNER"],
  "comment.moderate": ["ORGANIZER"],
  "comment.resolveRevision": ["PARTNER"],
  "apiToken.manageOwn": ["ADMIN", "ORGANIZER", "PARTNER"],
  "apiToken.manageOrganization": ["ADMIN"],
};

/** The most favourable resource for each action, so the table tests the role gate alone. */
function bestCase(action: Action, actor: Actor): Resource {
  const base = { userId: actor.id, memberOrgIds: ["org-1"], organizationId: "org-1", actorCountry: "CN" as const };
  if (action === "evidence.edit") return { ...base, evidenceOrgId: "org-1", evidenceCountry: "CN" };
  return { ...base, evidenceOrgId: "org-2", evidenceCountry: "RU" };
}

describe("permission table", () => {
  it("covers every action in the module", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of Object.keys(expected) as Action[]) {
    for (const role of ["ADMIN", "ORGANIZER", "PARTNER"] as Role[]) {
      const allowed = expected[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        const actor = actors[role];
        expect(can(actor, action, bestCase(action, actor))).toBe(allowed);
        if (!allowed) expect(() => assertCan(actor, action, bestCase(action, actor))).toThrow(ForbiddenError);
      });
    }
  }

  it("refuses unknown roles, missing actors and unknown actions", () => {
    expect(can({ id: "x", role: "SUPERUSER", organizationId: null }, "app.use")).toBe(false);
    expect(can({ id: "x", role: "admin", organizationId: null }, "user.manage")).toBe(false);
    expect(can(null, "app.use")).toBe(false);
    expect(can(undefined, "app.use")).toBe(false);
    expect(can(admin, "project.destroyEverything" as Action)).toBe(false);
  });

  it("lets a member organization's partners consent for their own organization only; admins for any", () => {
    const members = { memberOrgIds: ["org-1", "org-2"] };
    expect(can(partner, "project.publishConsent", { ...members, organizationId: "org-1" })).toBe(true);
    expect(can(partner, "project.publishConsent", { ...members, organizationId: "org-2" })).toBe(false);
    expect(can(partner, "project.publishConsent", { memberOrgIds: ["org-2"], organizationId: "org-1" })).toBe(false);
    expect(can(admin, "project.publishConsent", { ...members, organizationId: "org-2" })).toBe(true);
    expect(can(organizer, "project.publishConsent", { ...members, organizationId: "org-1" })).toBe(false);
  });

  it("scopes a partner's portfolio to their organization and refuses one without", () => {
    expect(portfolioScope(organizer)).toEqual({ all: true });
    expect(portfolioScope(admin)).toEqual({ all: true });
    expect(portfolioScope(partner)).toEqual({ organizationId: "org-1" });
    expect(() => portfolioScope({ ...partner, organizationId: null })).toThrow(ForbiddenError);
    expect(() => portfolioScope({ id: "x", role: "GUEST", organizationId: null })).toThrow(ForbiddenError);
  });

  it("lets only member organizations edit a project and enter evidence", () => {
    expect(can(partner, "project.edit", { memberOrgIds: ["org-1", "org-9"] })).toBe(true);
    expect(can(partner, "project.edit", { memberOrgIds: ["org-9"] })).toBe(false);
    expect(can(partner, "project.edit", {})).toBe(false);
    expect(can(partner, "evidence.create", { memberOrgIds: ["org-9"] })).toBe(false);
    expect(can(partner, "evidence.edit", { memberOrgIds: ["org-1"], evidenceOrgId: "org-9" })).toBe(false);
  });

  it("lets only member organizations, or organizers, set a project's baselines and targets", () => {
    expect(can(partner, "projectPlan.edit", { memberOrgIds: ["org-1"] })).toBe(true);
    expect(can(partner, "projectPlan.edit", { memberOrgIds: ["org-9"] })).toBe(false);
    expect(can(organizer, "projectPlan.edit", { memberOrgIds: [] })).toBe(true);
    expect(can(admin, "projectPlan.edit", { memberOrgIds: [] })).toBe(false);
  });

  it("lets only partners of an initiative's owner organizations, or organizers, contribute", () => {
    expect(can(partner, "initiative.contribute", { memberOrgIds: ["org-1"] })).toBe(true);
    expect(can(partner, "initiative.contribute", { memberOrgIds: ["org-9"] })).toBe(false);
    expect(can(organizer, "initiative.contribute", { memberOrgIds: [] })).toBe(true);
    expect(can(admin, "initiative.contribute", { memberOrgIds: [] })).toBe(false);
  });

  it("lets only the other country's member organizations, or organizers, verify evidence", () => {
    const onProject = { memberOrgIds: ["org-1", "org-2", "org-3"] };
    expect(can(partner, "evidence.verify", { ...onProject, evidenceOrgId: "org-2", evidenceCountry: "RU", actorCountry: "CN" })).toBe(true);
    // Same country, different organization.
    expect(can(partner, "evidence.verify", { ...onProject, evidenceOrgId: "org-3", evidenceCountry: "CN", actorCountry: "CN" })).toBe(
      false,
    );
    // Own organization.
    expect(can(partner, "evidence.verify", { ...onProject, evidenceOrgId: "org-1", evidenceCountry: "CN", actorCountry: "RU" })).toBe(
      false,
    );
    // Not on the project.
    expect(
      can(partner, "evidence.verify", { memberOrgIds: ["org-2"], evidenceOrgId: "org-2", evidenceCountry: "RU", actorCountry: "CN" }),
    ).toBe(false);
    expect(can(organizer, "evidence.verify", { evidenceOrgId: "org-2", evidenceCountry: "RU" })).toBe(true);
  });

  it("lets only a comment's author edit it and only the evidence's organization resolve a revision request", () => {
    expect(can(partner, "comment.editOwn", { userId: "p" })).toBe(true);
    expect(can(partner, "comment.editOwn", { userId: "someone-else" })).toBe(false);
    expect(can(organizer, "comment.editOwn", { userId: "p" })).toBe(false);
    expect(can(partner, "comment.resolveRevision", { organizationId: "org-1" })).toBe(true);
    expect(can(partner, "comment.resolveRevision", { organizationId: "org-9" })).toBe(false);
    expect(can({ id: "q", role: "PARTNER", organizationId: null }, "comment.resolveRevision", { organizationId: null })).toBe(false);
  });

  it("shows a partner without an organization no region map", () => {
    expect(can({ id: "q", role: "PARTNER", organizationId: null }, "regionMap.read")).toBe(false);
    expect(can(organizer, "regionMap.read")).toBe(true);
  });

  it("lets a user update only their own account", () => {
    expect(can(partner, "account.updateOwn", { userId: "p" })).toBe(true);
    expect(can(partner, "account.updateOwn", { userId: "someone-else" })).toBe(false);
    expect(can(admin, "account.updateOwn", { userId: "p" })).toBe(false);
    expect(can(partner, "account.disableTwoFactor", { userId: "someone-else" })).toBe(false);
  });

  it("requires a second factor of administrators and organizers only", () => {
    expect(["ADMIN", "ORGANIZER", "PARTNER", "SUPERUSER"].map(twoFactorRequired)).toEqual([true, true, false, false]);
  });
});
