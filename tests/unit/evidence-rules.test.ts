import { describe, expect, it } from "vitest";

import { attachmentResponse } from "@/lib/attachments/download";
import { attachmentFileName, cleanFileName, sniffAttachment } from "@/lib/attachments/sniff";
import { latestPeriodEnd, ZDecision, ZEvidenceFields, ZSourceUrl } from "@/lib/evidence/schema";
import { isPercentUnit, valueProblem } from "@/lib/evidence/value-rules";

import { samples, zip } from "./evidence-samples";

describe("attachment sniffing", () => {
  it.each([
    ["report.pdf", samples.pdf(), "application/pdf"],
    ["photo.png", samples.png(), "image/png"],
    ["photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "image/jpeg"],
    ["photo.webp", new Uint8Array([...Buffer.from("RIFF"), 1, 2, 3, 4, ...Buffer.from("WEBPVP8 ")]), "image/webp"],
    ["data.xlsx", samples.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["data.csv", samples.csv(), "text/csv"],
    ["данные.CSV", new Uint8Array(Buffer.from("\uFEFFгод;инженеры\r\n2025;120\r\n")), "text/csv"],
    // The name does not matter for formats with a signature: a PDF called .png is still a PDF.
    ["scan.png", samples.pdf(), "application/pdf"],
  ])("%s is recognised by its content", (name, bytes, type) => {
    expect(sniffAttachment(bytes, name)).toBe(type);
  });

  it.each([
    ["invoice.pdf", samples.html()],
    ["photo.png", samples.elf()],
    ["table.csv", samples.html()],
    ["run.csv", new Uint8Array(Buffer.from("#!/bin/sh\nrm -rf /\n"))],
    ["notes.csv", new Uint8Array([0x61, 0x00, 0x62])],
    ["latin1.csv", new Uint8Array([0x61, 0xe9, 0x62])],
    ["plain.pdf", samples.csv()],
    ["letter.xlsx", samples.docx()],
    ["archive.xlsx", zip({ "a.txt": "hello" })],
    ["empty.csv", new Uint8Array()],
    ["truncated.xlsx", samples.xlsx().slice(0, 40)],
  ])("%s with disguised or unknown content is refused", (name, bytes) => {
    expect(sniffAttachment(bytes, name)).toBeNull();
  });

  it("cleans file names for headers and display", () => {
    expect(cleanFileName("C:\\Users\\li\\报告.pdf")).toBe("报告.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\r\n.pdf")).toBe("ab.pdf");
    expect(cleanFileName("   ")).toBe("attachment");
  });

  it("names a download after the detected type and drops bidi controls (issue 12, item 5)", () => {
    // U+202E would show "invoice\u202Efdp.exe" as "invoiceexe.pdf" in a file manager.
    expect(attachmentFileName("invoice\u202Efdp.exe", "application/pdf")).toBe("invoicefdp.exe.pdf");
    expect(attachmentFileName("\u2066photo\u2069.html", "image/png")).toBe("photo.html.png");
    expect(attachmentFileName("scan.JPG", "image/jpeg")).toBe("scan.JPG");
    expect(attachmentFileName("scan.jpeg", "image/jpeg")).toBe("scan.jpeg");
    expect(attachmentFileName("报告", "application/pdf")).toBe("报告.pdf");
    expect(attachmentFileName("x".repeat(300), "text/csv")).toHaveLength(200);
    // Names stored before this rule are cleaned when they are downloaded.
    const stored = attachmentResponse({ fileName: "invoice\u202Efdp.exe", mimeType: "application/pdf", bytes: samples.pdf() });
    expect(stored.headers.get("content-disposition")).toBe(
      `attachment; filename="invoicefdp.exe.pdf"; filename*=UTF-8''invoicefdp.exe.pdf`,
    );
  });
});

describe("evidence values", () => {
  const ordinal = { kind: "ORDINAL" as const, unit: "level" };
  const percent = { kind: "QUANTITATIVE" as const, unit: "%" };
  const count = { kind: "QUANTITATIVE" as const, unit: "patents" };
  it.each([
    [0, ordinal, null],
    [4, ordinal, null],
    [2.5, ordinal, "ordinalValue"],
    [-1, ordinal, "ordinalValue"],
    [5, ordinal, "ordinalValue"],
    [100, percent, null],
    [100.5, percent, "percentOver100"],
    [-0.1, count, "valueNegative"],
    [12.5, count, null],
    [2e12, count, "valueTooLarge"],
    [Number.POSITIVE_INFINITY, count, "valueRequired"],
  ] as const)("%s on %o → %s", (value, indicator, problem) => {
    expect(valueProblem(value, indicator)).toBe(problem);
  });
  it("knows percentage units", () => {
    expect(["%", "percent", "% of staff"].every(isPercentUnit)).toBe(true);
    expect(["days", "people", "level"].some(isPercentUnit)).toBe(false);
  });
});

describe("evidence schemas", () => {
  const base = {
    indicatorId: "00000000-0000-4000-8000-000000000001",
    value: 1,
    periodStart: "2025-01-01",
    periodEnd: "2025-03-31",
    originalLocale: "ru",
    narrative: "Текст",
  };
  it("accepts a complete entry and defaults translations and link", () => {
    expect(ZEvidenceFields.parse(base)).toMatchObject({ translations: {}, sourceUrl: "" });
  });
  it.each([
    [{ periodStart: "2025-02-30" }, "dateInvalid"],
    [{ periodEnd: "31.03.2025" }, "dateInvalid"],
    [{ periodStart: "2025-04-01" }, "periodOrder"],
    [{ periodEnd: "2100-01-01" }, "periodFuture"],
    [{ originalLocale: "de" }, "localeInvalid"],
    [{ narrative: "x".repeat(5001) }, "tooLong5000"],
    [{ indicatorId: "" }, "indicatorRequired"],
  ])("refuses %o with %s", (patch, message) => {
    expect(ZEvidenceFields.safeParse({ ...base, ...patch }).error?.issues.map((i) => i.message)).toContain(message);
  });
  it("allows a period ending today (with a day's allowance east of UTC) but not later", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(latestPeriodEnd(now)).toBe("2026-12-01");
  });
  it("accepts only http and https source links", () => {
    expect(ZSourceUrl.safeParse("https://fefu.ru/report").success).toBe(true);
    expect(ZSourceUrl.safeParse("").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>", "file:///etc/passwd", "example.org"])
      expect(ZSourceUrl.safeParse(bad).success).toBe(false);
  });
  it("needs a reason to dispute and at least one fix to return", () => {
    const id = base.indicatorId;
    expect(ZDecision.safeParse({ id, version: 1, decision: "CONFIRM" }).success).toBe(true);
    expect(ZDecision.safeParse({ id, version: 1, decision: "DISPUTE" }).success).toBe(false);
    expect(ZDecision.parse({ id, version: 1, decision: "RETURN", fixes: ["Add the contract", ""] })).toMatchObject({
      fixes: ["Add the contract"],
    });
    expect(ZDecision.safeParse({ id, version: 1, decision: "APPROVE" }).success).toBe(false);
  });
});
