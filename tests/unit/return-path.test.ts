import { describe, expect, it } from "vitest";

import { enrolmentHref, safeReturnPath, signInAgainHref, signInHref } from "@/lib/auth/return-path";

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

  it("never leads back to sign-in, two-factor enrolment, next-auth's sign-out or the start page, however spelled", () => {
    const refused = [
      "/",
      "/en",
      "/ru?signedIn=1",
      "/zh/?signedIn=1#top",
      "/%65n",
      "/en/login",
      "/ru/login?reason=session&returnTo=%2Fru",
      "/login",
      "/zh/login/",
      "/en/two-factor?returnTo=%2Fen",
      "/two-factor",
      "/api/auth/signout",
      "/api",
      "/en/projects/../login",
      "/en/%6Cogin",
      "/en%2Flogin",
      "/en/projects/%E0%A4%A",
    ];
    for (const value of refused) expect(safeReturnPath(value), value).toBeNull();
    // Only those pages: paths that merely contain the words are kept.
    for (const kept of ["/en/login-help", "/en/projects/login", "/en/account?tab=two-factor", "/en/apis", "/enx", "/en/projects"])
      expect(safeReturnPath(kept)).toBe(kept);
  });

  it("links a signed-out browser to the sign-in page of its language, saying why and where it was", () => {
    expect(signInAgainHref("ru", "/ru/projects/42?tab=evidence")).toBe(
      `/ru/login?reason=session&returnTo=${encodeURIComponent("/ru/projects/42?tab=evidence")}`,
    );
    // A path that is no return path is dropped, the reason stays.
    expect(signInAgainHref("en", "//evil.example")).toBe("/en/login?reason=session");
    expect(signInAgainHref("en", null)).toBe("/en/login?reason=session");
    // Not the bare start page: sign-in's own way there moves the person to their language.
    expect(signInAgainHref("zh", "/zh")).toBe("/zh/login?reason=session");
    expect(signInAgainHref("zh", "/")).toBe("/zh/login?reason=session");
  });

  it("links a browser that was not signed in to the sign-in page and back, giving no reason", () => {
    expect(signInHref("ru", "/ru/projects/42?tab=evidence")).toBe(
      `/ru/login?returnTo=${encodeURIComponent("/ru/projects/42?tab=evidence")}`,
    );
    for (const path of [null, "//evil.example", "/zh", "/en/login"]) expect(signInHref("zh", path)).toBe("/zh/login");
  });

  it("carries the page through required two-factor enrolment", () => {
    expect(enrolmentHref("en", "/en/admin/users?q=li")).toBe(`/en/two-factor?returnTo=${encodeURIComponent("/en/admin/users?q=li")}`);
    // Straight from the password the start page, with the language move: no return path (enrolment
    // goes on there by itself).
    expect(enrolmentHref("ru", "/ru?signedIn=1")).toBe("/ru/two-factor");
    for (const path of [null, "/en", "/en/two-factor", "https://evil.example/"]) expect(enrolmentHref("en", path)).toBe("/en/two-factor");
  });
});
