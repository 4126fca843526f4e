import { describe, expect, it } from "vitest";

import { columnsOf } from "@/lib/pdf/languages";
import { PdfUnavailableError, renderPdf, sessionCookies } from "@/lib/pdf/renderer";

describe("PDF rendering", () => {
  it("forwards only next-auth's session cookie to the print view", () => {
    expect(sessionCookies("NEXT_LOCALE=ru; next-auth.session-token=abc; other=1; next-auth.csrf-token=x")).toBe(
      "next-auth.session-token=abc",
    );
    expect(sessionCookies("__Secure-next-auth.session-token.0=a; __Secure-next-auth.session-token.1=b")).toBe(
      "__Secure-next-auth.session-token.0=a; __Secure-next-auth.session-token.1=b",
    );
    expect(sessionCookies("evil-next-auth.session-token=1")).toBe("");
    expect(sessionCookies(null)).toBe("");
  });

  it("says so in its own words when the server has no Chromium", async () => {
    // The settings are read on first use; no database is involved here.
    process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:1/unused";
    process.env.NEXTAUTH_SECRET ??= "unit-test-secret-of-at-least-32-characters";
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const refusal = await renderPdf("/en/print/projects/x", "next-auth.session-token=abc").catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PdfUnavailableError);
    expect((refusal as PdfUnavailableError).code).toBe("pdfUnavailable");
  });

  it("lays Chinese and Russian side by side, Chinese first", () => {
    expect(columnsOf("zh-ru")).toEqual(["zh", "ru"]);
    expect(columnsOf("ru")).toEqual(["ru"]);
  });
});
