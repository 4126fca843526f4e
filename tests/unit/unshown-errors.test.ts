import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";

import { shownBy, unshownError } from "@/components/forms/unshown-errors";

const error = (message: string) => ({ type: "custom", message });

describe("a form's errors that no field on screen shows", () => {
  // The set-password form: the token travels in a hidden input, the passwords have fields.
  const setPassword = shownBy(new Set(["password", "confirm"]));

  it("surfaces an error aimed at a hidden input (the link's token) for the whole form", () => {
    expect(unshownError({ token: error("tokenInvalid") }, setPassword)).toBe("tokenInvalid");
    expect(unshownError({ confirm: error("passwordsDiffer"), token: error("tokenInvalid") }, setPassword)).toBe("tokenInvalid");
  });

  it("surfaces errors at values with no input at all (an id, a version)", () => {
    const editUser = shownBy(new Set(["name", "role", "organizationId"]));
    expect(unshownError({ version: error("invalidVersion") }, editUser)).toBe("invalidVersion");
    expect(unshownError({ id: error("invalidId"), name: error("required") }, editUser)).toBe("invalidId");
  });

  it("leaves errors to the fields that show them", () => {
    expect(unshownError({ password: error("passwordTooShort"), confirm: error("passwordsDiffer") }, setPassword)).toBeUndefined();
    expect(unshownError({}, setPassword)).toBeUndefined();
    expect(unshownError(undefined, setPassword)).toBeUndefined();
  });

  it("reads list items and a list's own error (the fixes of a return)", () => {
    const decision = shownBy(new Set(["reason", "fixes", "fixes.0", "fixes.1"]));
    const fixes = [undefined, error("required")] as unknown as FieldErrors;
    expect(unshownError({ fixes }, decision)).toBeUndefined();
    const tooMany = Object.assign([], { root: error("tooManyFixes") }) as unknown as FieldErrors;
    expect(unshownError({ fixes: tooMany }, decision)).toBeUndefined();
    expect(unshownError({ fixes: tooMany }, shownBy(new Set(["reason"])))).toBe("tooManyFixes");
    expect(unshownError({ decision: error("decisionInvalid") }, decision)).toBe("decisionInvalid");
  });

  it("counts a field as showing the errors under it", () => {
    expect(shownBy(new Set(["translations"]))("translations.ru")).toBe(true);
    expect(shownBy(new Set(["translations"]))("translationsExtra")).toBe(false);
  });
});
