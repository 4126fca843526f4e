import { describe, expect, it } from "vitest";

import { signInErrorCode } from "@/lib/auth/options";
import { ValidationError } from "@/lib/errors";
import { messagesByLocale } from "@/lib/i18n/messages";

/**
 * What the sign-in form is told when a code cannot be checked because the authenticator key was
 * sealed under a secret the server no longer holds: its own message, not "wrong password".
 */
describe("sign-in refusals reaching the form", () => {
  it("says that the second factor can no longer be checked, in each language", () => {
    expect(signInErrorCode(new ValidationError("secondFactorUnreadable", "code"))).toBe("secondFactorUnreadable");
    expect(signInErrorCode(new ValidationError("codeInvalid", "code"))).toBe("codeInvalid");
    expect(signInErrorCode(new Error("anything else"))).toBe("invalidCredentials");
    for (const locale of ["en", "zh", "ru"] as const) {
      const twoFactor = messagesByLocale[locale].twoFactor as { secondFactorUnreadable?: string; errors: Record<string, string> };
      expect(twoFactor.secondFactorUnreadable, locale).toMatch(/\S/);
      expect(twoFactor.errors.secondFactorUnreadable, locale).toMatch(/\S/);
    }
  });
});
