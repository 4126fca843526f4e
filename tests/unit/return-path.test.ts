import { describe, expect, it } from "vitest";

import { safeReturnPath, signInAgainHref } from "@/lib/auth/return-path";

describe("the sign-in page's return path", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(safeReturnPath("/zh/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7")).toBe("/zh/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7");
    expect(safeReturnPath("/en/projects?q=harbin&page=2#discussion")).toBe("/en/projects?q=harbin&page=2#discussion");
  });

  it("refuses anything that could lead to another site", () => {
    const refused = [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "en/projects",
      "",
      "/".padEnd(2001, "a"),
    ];
    for (const value of refused) expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/en"])).toBeNull();
  });

  it("links a signed-out browser to the sign-in page of its language, saying why and where it was", () => {
    expect(signInAgainHref("ru", "/ru/projects/42?tab=evidence")).toBe(
      `/ru/login?reason=session&returnTo=${encodeURIComponent("/ru/projects/42?tab=evidence")}`,
    );
    // A path that is no return path is dropped, the reason stays.
    expect(signInAgainHref("en", "//evil.example")).toBe("/en/login?reason=session");
  });
});
