import { describe, expect, it } from "vitest";

import { ACTIONS, can, organizationTokenActor, personalTokenActor, type Action, type Actor, type Resource } from "@/lib/auth/permissions";

// What a token may ever do, written out independently of the module.
const READS: Action[] = ["organization.read", "project.read", "recommendation.read"];
const WRITES: Action[] = ["project.edit", "evidence.create", "evidence.edit", "evidence.verify"];

const people: Actor[] = [
  { id: "p", role: "PARTNER", organizationId: "org-1" },
  { id: "o", role: "ORGANIZER", organizationId: null },
  { id: "a", role: "ADMIN", organizationId: null },
];

/** The most favourable resource, so that only the token decides. */
function bestCase(action: Action, actor: Actor): Resource {
  const base = { userId: actor.id, memberOrgIds: ["org-1"], organizationId: "org-1", actorCountry: "CN" as const };
  if (action === "evidence.edit") return { ...base, evidenceOrgId: "org-1", evidenceCountry: "CN" };
  return { ...base, evidenceOrgId: "org-2", evidenceCountry: "RU" };
}

describe("API tokens in the permission module", () => {
  for (const person of people) {
    const read = personalTokenActor(person, { id: "t", scope: "READ" });
    const write = personalTokenActor(person, { id: "t", scope: "READ_WRITE" });
    it(`a ${person.role}'s token never does more than its scope or its owner`, () => {
      for (const action of ACTIONS) {
        const resource = bestCase(action, person);
        const owner = can(person, action, resource);
        expect(can(read, action, resource), `READ ${action}`).toBe(owner && READS.includes(action));
        expect(can(write, action, resource), `READ_WRITE ${action}`).toBe(owner && (READS.includes(action) || WRITES.includes(action)));
      }
    });
  }

  it("never lets a token manage tokens, accounts, comments or notifications", () => {
    const partner = personalTokenActor(people[0], { id: "t", scope: "READ_WRITE" });
    for (const action of [
      "apiToken.manageOwn",
      "account.updateOwn",
      "comment.write",
      "notification.read",
      "follow.manage",
      "app.use",
    ] as Action[]) {
      expect(can(partner, action, { userId: "p" })).toBe(false);
    }
  });

  it("keeps a partner's read-write token to its own organization's projects", () => {
    const token = personalTokenActor(people[0], { id: "t", scope: "READ_WRITE" });
    expect(can(token, "evidence.create", { memberOrgIds: ["org-1"] })).toBe(true);
    expect(can(token, "evidence.create", { memberOrgIds: ["org-9"] })).toBe(false);
  });

  it("lets an organization token read only, as a member of no organization", () => {
    const org = organizationTokenActor("t-1");
    expect(org).toMatchObject({ id: "t-1", role: "PARTNER", organizationId: null });
    for (const action of ACTIONS) expect(can(org, action, bestCase(action, org)), action).toBe(READS.includes(action));
    // Even a forged read-write grant of an organization token writes nothing.
    const forged: Actor = { ...org, organizationId: "org-1", token: { id: "t-1", kind: "ORGANIZATION", scope: "READ_WRITE" } };
    for (const action of WRITES) expect(can(forged, action, bestCase(action, forged))).toBe(false);
  });
});
