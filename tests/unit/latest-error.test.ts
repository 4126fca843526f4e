import { describe, expect, it } from "vitest";

import { latestError } from "@/components/forms/use-action-button";

/** Buttons that share one notice: the evidence owner's submit and withdraw, a milestone's tick, move and delete. */
describe("latestError", () => {
  const refused = (pressed: number, error = "Someone else changed this item") => ({ pressed, error });
  const succeeded = (pressed: number) => ({ pressed, error: undefined });

  it("hides a refusal once another button is pressed and succeeds", () => {
    expect(latestError(refused(1), succeeded(2))).toBeUndefined();
    expect(latestError(succeeded(4), refused(3))).toBeUndefined();
  });

  it("shows the refusal of the button pressed last, not the first one listed", () => {
    expect(latestError(refused(1, "Submit refused"), refused(2, "Withdraw refused"))).toBe("Withdraw refused");
    expect(latestError(succeeded(1), refused(5, "Delete refused"), succeeded(3))).toBe("Delete refused");
  });

  it("shows nothing before any button is pressed", () => {
    expect(latestError(succeeded(0), succeeded(0))).toBeUndefined();
  });
});
