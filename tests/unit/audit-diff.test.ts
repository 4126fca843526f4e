import { describe, expect, it } from "vitest";

import { diffRows } from "@/lib/audit/diff";

describe("audit diff", () => {
  it("lists every recorded field and marks what changed", () => {
    const rows = diffRows(
      { status: "DRAFT", value: 3, tags: ["a"], version: 1 },
      { status: "SUBMITTED", value: 3, tags: ["a", "b"], version: 2, submittedAt: "2026-12-07" },
    );
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(["status", "tags", "version", "submittedAt"]);
    expect(rows.find((r) => r.field === "value")).toEqual({ field: "value", before: 3, after: 3, changed: false });
    expect(rows.find((r) => r.field === "submittedAt")).toMatchObject({ before: undefined, after: "2026-12-07", changed: true });
  });

  it("treats a creation and a deletion as changes of every field, and a bare value as one field", () => {
    expect(diffRows(null, { name: "X" })).toEqual([{ field: "name", before: undefined, after: "X", changed: true }]);
    expect(diffRows({ name: "X" }, null)).toEqual([{ field: "name", before: "X", after: undefined, changed: true }]);
    expect(diffRows(1, 2)).toEqual([{ field: "", before: 1, after: 2, changed: true }]);
    expect(diffRows(null, undefined)).toEqual([]);
  });
});
