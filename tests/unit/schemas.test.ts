import { describe, expect, it } from "vitest";

import { ZAcceptInvitation, ZChangePassword, ZInviteUser } from "@/lib/accounts/schema";
import { ZAuditQuery } from "@/lib/audit/schema";
import { ZCreateOrganization } from "@/lib/organizations/schema";

function firstError(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0];
  return { path: issue.path.join("."), message: issue.message };
}

const org = {
  nameEn: "Harbin Institute of Technology",
  nameZh: "哈尔滨工业大学",
  nameRu: "Харбинский политехнический университет",
  country: "CN",
  type: "UNIVERSITY",
  cityEn: "Harbin",
  cityZh: "哈尔滨",
  cityRu: "Харбин",
};
const invite = {
  email: "li.wei@hit.example",
  name: "Li Wei",
  role: "PARTNER",
  organizationId: "3f1c2a4e-8b7d-4c1e-9f00-1a2b3c4d5e6f",
  locale: "zh",
};

describe("organization input", () => {
  it("accepts a complete organization and trims names", () => {
    expect(ZCreateOrganization.parse({ ...org, cityEn: "  Harbin ", cityZh: " 哈尔滨 " })).toMatchObject({
      cityEn: "Harbin",
      cityZh: "哈尔滨",
    });
  });
  it.each([
    ["empty name", { nameZh: "   " }, "nameZh", "required"],
    ["oversized name", { nameEn: "x".repeat(201) }, "nameEn", "tooLong200"],
    ["unknown country", { country: "US" }, "country", "countryInvalid"],
    ["unknown type", { type: "BANK" }, "type", "organizationTypeInvalid"],
    ["empty English city", { cityEn: "" }, "cityEn", "required"],
    ["blank Chinese city", { cityZh: "  " }, "cityZh", "required"],
    ["oversized city", { cityRu: "г".repeat(121) }, "cityRu", "tooLong120"],
  ])("refuses an %s with a message key", (_label, patch, path, message) => {
    expect(firstError(ZCreateOrganization.safeParse({ ...org, ...patch }))).toEqual({ path, message });
  });
});

describe("invitation input", () => {
  it("normalizes the email", () => {
    expect(ZInviteUser.parse({ ...invite, email: "  Li.Wei@HIT.example " }).email).toBe("li.wei@hit.example");
  });
  it.each([
    ["malformed email", { email: "li.wei@" }, "email", "emailInvalid"],
    ["forged role", { role: "SUPERADMIN" }, "role", "roleInvalid"],
    ["partner without organization", { organizationId: "" }, "organizationId", "organizationRequired"],
    ["forged organization id", { organizationId: "1 OR 1=1" }, "organizationId", "organizationInvalid"],
    ["unknown language", { locale: "de" }, "locale", "localeInvalid"],
    ["empty name", { name: "" }, "name", "required"],
  ])("refuses a %s", (_label, patch, path, message) => {
    expect(firstError(ZInviteUser.safeParse({ ...invite, ...patch }))).toEqual({ path, message });
  });
});

describe("passwords", () => {
  const token = "t".repeat(43);
  it.each([
    ["short", "short-pw", "passwordTooShort"],
    ["repetitive", "aaaaaaaaaaaaaaa", "passwordTooSimple"],
    ["oversized", "Ab1!".repeat(40), "passwordTooLong"],
  ])("refuses a %s password", (_label, password, message) => {
    expect(firstError(ZAcceptInvitation.safeParse({ token, password, confirm: password }))).toEqual({ path: "password", message });
  });
  it("refuses a confirmation that differs", () => {
    expect(firstError(ZAcceptInvitation.safeParse({ token, password: "Orchid-river-2026", confirm: "Orchid-river-2027" }))).toEqual({
      path: "confirm",
      message: "passwordsDiffer",
    });
    expect(firstError(ZChangePassword.safeParse({ currentPassword: "old", newPassword: "Orchid-river-2026", confirm: "x" }))).toEqual({
      path: "confirm",
      message: "passwordsDiffer",
    });
  });
});

describe("audit log filters", () => {
  // Found by bench:reliability signed in as an administrator: the cursor check ran BigInt on a
  // value the pattern had already refused, and /api/audit answered 500.
  it("refuses a cursor that is not a number instead of throwing", () => {
    for (const before of ["EVIDENCE:00000000-0000-0000-0000-000000000000", "1e3", "-1", " 1", "9223372036854775808"])
      expect(firstError(ZAuditQuery.safeParse({ before })).path, before).toBe("before");
    expect(ZAuditQuery.parse({ before: "9223372036854775807" }).before).toBe("9223372036854775807");
  });
});
