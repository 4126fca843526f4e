import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ACTIONS, assertCan, can, type Action, type Actor, type Role } from "@/lib/auth/permissions";

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
};

describe("permission table", () => {
  it("covers every action in the module", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of Object.keys(expected) as Action[]) {
    for (const role of ["ADMIN", "ORGANIZER", "PARTNER"] as Role[]) {
      const allowed = expected[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        const actor = actors[role];
        expect(can(actor, action, { userId: actor.id })).toBe(allowed);
        if (!allowed) expect(() => assertCan(actor, action, { userId: actor.id })).toThrow(ForbiddenError);
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

  it("lets a user update only their own account", () => {
    expect(can(partner, "account.updateOwn", { userId: "p" })).toBe(true);
    expect(can(partner, "account.updateOwn", { userId: "someone-else" })).toBe(false);
    expect(can(admin, "account.updateOwn", { userId: "p" })).toBe(false);
  });
});
