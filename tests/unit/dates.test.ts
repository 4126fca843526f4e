import { describe, expect, it } from "vitest";

import { fromIsoDate, isIsoDate, toIsoDate } from "@/lib/dates";
import { ZEvidenceFields } from "@/lib/evidence/schema";
import { ZForumFields } from "@/lib/forums/schema";
import { ZMilestoneFields } from "@/lib/initiatives/schema";
import { ZCreateProject } from "@/lib/projects/schema";

// Every form that takes a day reads it with the one schema: the same answer everywhere.
const forms = [
  ["project start", ZCreateProject.shape.startDate],
  ["project end", ZCreateProject.shape.endDate],
  ["evidence period", ZEvidenceFields.shape.periodStart],
  ["forum date", ZForumFields.shape.heldOn],
  ["milestone due date", ZMilestoneFields.shape.dueDate],
] as const;

describe("calendar days", () => {
  it.each(forms)("the %s accepts a real day, a leap day included", (_form, schema) => {
    expect(schema.safeParse("2024-02-29").success).toBe(true);
    expect(schema.safeParse("2025-04-30").success).toBe(true);
  });

  // Date.parse rolls 2025-02-30 over to 2 March; three of the forms used to store that.
  it.each(
    forms.flatMap(([form, schema]) =>
      ["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-1-01", "01.02.2025"].map((d) => [form, d, schema] as const),
    ),
  )("the %s refuses %s as an invalid date", (_form, day, schema) => {
    const result = schema.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("dateInvalid");
  });

  it("stores a day as midnight UTC and reads it back", () => {
    expect(isIsoDate("2025-12-31")).toBe(true);
    expect(fromIsoDate("2025-12-31").toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(toIsoDate(fromIsoDate("2024-02-29"))).toBe("2024-02-29");
  });
});
