import { describe, expect, it } from "vitest";

import { fromIsoDate, isIsoDate, toIsoDate } from "@/lib/dates";
import { ZEvidenceFields } from "@/lib/evidence/schema";
import { ZForumFields } from "@/lib/forums/schema";
import { ZMilestoneFields } from "@/lib/initiatives/schema";
import { ZCreateProject } from "@/lib/projects/schema";

const project = {
  title: "T",
  summary: "S",
  originalLocale: "ru",
  sector: "AGRICULTURE",
  location: "Amur",
  declaredStage: "2",
  startDate: "2026-01-01",
  endDate: "",
};
const evidence = {
  indicatorId: "0b6c8a4e-8d6e-4a43-9a3b-2f1f6c0d9e11",
  value: 1,
  periodStart: "2025-01-01",
  periodEnd: "2025-03-31",
  originalLocale: "en",
  narrative: "n",
};
const forum = { nameEn: "F", nameZh: "F", nameRu: "F", heldOn: "2026-06-01", place: "Harbin" };
const milestone = { title: "M", dueDate: "2026-06-01", weight: 1 };

// Every form that takes a day reads it with the one schema: the same answer everywhere.
const forms = [
  ["project start", (day: string) => ZCreateProject.safeParse({ ...project, startDate: day })],
  ["project end", (day: string) => ZCreateProject.safeParse({ ...project, startDate: "2024-01-01", endDate: day })],
  ["evidence period", (day: string) => ZEvidenceFields.safeParse({ ...evidence, periodStart: day, periodEnd: "2025-12-31" })],
  ["forum date", (day: string) => ZForumFields.safeParse({ ...forum, heldOn: day })],
  ["milestone due date", (day: string) => ZMilestoneFields.safeParse({ ...milestone, dueDate: day })],
] as const;

describe("calendar days", () => {
  it.each(forms)("the %s accepts a real day, a leap day included", (_form, parse) => {
    expect(parse("2024-02-29").success).toBe(true);
    expect(parse("2025-04-30").success).toBe(true);
  });

  // Date.parse rolls 2025-02-30 over to 2 March; three of the forms used to store that.
  it.each(
    forms.flatMap(([form, parse]) =>
      ["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-1-01", "01.02.2025"].map((d) => [form, d, parse] as const),
    ),
  )("the %s refuses %s as an invalid date", (_form, day, parse) => {
    const result = parse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("dateInvalid");
  });

  it("stores a day as midnight UTC and reads it back", () => {
    expect(isIsoDate("2025-12-31")).toBe(true);
    expect(fromIsoDate("2025-12-31").toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(toIsoDate(fromIsoDate("2024-02-29"))).toBe("2024-02-29");
  });
});
