import { describe, expect, it } from "vitest";

import { ZCreateInitiative } from "@/lib/initiatives/schema";
import { ZProjectFields } from "@/lib/projects/schema";

/**
 * What react-hook-form sends for a checkbox group with a single box (a deployment with one
 * organization or one project to choose from): the box's value when ticked, false when not.
 */
const org = "0b6f1c2e-4d5a-4c7b-9e8f-1a2b3c4d5e6f";
const project = "6a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const initiative = {
  recommendationId: "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b0a",
  titleEn: "Standards committee charter",
  titleZh: "标准委员会章程",
  titleRu: "Устав комитета по стандартам",
  startDate: "2026-01-01",
  dueDate: "2026-12-31",
};

describe("a checkbox group with a single box", () => {
  it("lets an organizer pick the only organization and the only project", () => {
    const parsed = ZCreateInitiative.parse({ ...initiative, ownerOrgIds: org, projectIds: project });
    expect(parsed.ownerOrgIds).toEqual([org]);
    expect(parsed.projectIds).toEqual([project]);
  });

  it("reads an unticked single box as no choice: no projects, and the owners' own message", () => {
    expect(ZCreateInitiative.parse({ ...initiative, ownerOrgIds: [org], projectIds: false }).projectIds).toEqual([]);
    const refused = ZCreateInitiative.safeParse({ ...initiative, ownerOrgIds: false });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["ownerOrgIds", "ownersRequired"]]);
  });

  it("still refuses an id that is not one", () => {
    const refused = ZCreateInitiative.safeParse({ ...initiative, ownerOrgIds: "not-an-id" });
    expect(refused.error?.issues[0]).toMatchObject({ path: ["ownerOrgIds", 0], message: "invalidId" });
  });

  it("keeps a project's single alignment tag", () => {
    const shape = ZProjectFields.shape.alignment;
    expect(shape.parse("EAEU")).toEqual(["EAEU"]);
    expect(shape.parse(false)).toEqual([]);
  });
});
