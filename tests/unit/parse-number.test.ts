import { describe, expect, it } from "vitest";

import { formatNumberInput, parseLocaleNumber } from "@/lib/format/parse-number";

const ok = (value: number) => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe("parseLocaleNumber", () => {
  it.each([
    // The values that failed: a Russian "80,5" MW became 805.
    ["ru", "80,5", ok(80.5)],
    ["ru", "1 234,5", ok(1234.5)],
    ["ru", "1\u00a0234\u00a0567,25", ok(1234567.25)],
    ["ru", "1\u202f234", ok(1234)],
    ["ru", "80.5", ok(80.5)],
    ["ru", "-3,5", ok(-3.5)],
    ["ru", "\u22123,5", ok(-3.5)],
    ["ru", "0,001", ok(0.001)],
    ["en", "1,234", ok(1234)],
    ["en", "1,234.5", ok(1234.5)],
    ["en", "1,234,567", ok(1234567)],
    ["en", "80.5", ok(80.5)],
    ["en", ".5", ok(0.5)],
    ["en", " 42 ", ok(42)],
    ["en", "1 234.5", ok(1234.5)],
    ["zh", "80.5", ok(80.5)],
    ["zh", "1,234.5", ok(1234.5)],
    ["zh", "８０．５", ok(80.5)],
    ["zh", "１，２３４", ok(1234)],
  ])("%s reads %j", (locale, input, expected) => {
    expect(parseLocaleNumber(input, locale)).toEqual(expected);
  });

  it.each([
    ["en", "1,5", no("ambiguousComma")],
    ["en", "80,5", no("ambiguousComma")],
    ["zh", "80,5", no("ambiguousComma")],
    ["ru", "1.234", no("ambiguousPoint")],
    ["en", "1,23,456", no("numberInvalid")],
    ["en", "1.234,5", no("numberInvalid")],
    ["ru", "1,2,3", no("numberInvalid")],
    ["ru", "12 5", no("numberInvalid")],
    ["ru", "80 ,5", no("numberInvalid")],
    ["en", "1.2.3", no("numberInvalid")],
    ["en", "1e5", no("numberInvalid")],
    ["en", "abc", no("numberInvalid")],
    ["en", "12abc", no("numberInvalid")],
    ["en", "", no("numberRequired")],
    ["ru", "   ", no("numberRequired")],
    ["en", ",", no("numberInvalid")],
    ["en", "-", no("numberInvalid")],
  ])("%s refuses %j", (locale, input, expected) => {
    expect(parseLocaleNumber(input, locale)).toEqual(expected);
  });

  it.each(["en", "zh", "ru"])("reads back what it formats in %s", (locale) => {
    for (const value of [0, 1, 80.5, 1234.5, 1234567.125, 0.000123, -42.25, 999, 1000]) {
      expect(parseLocaleNumber(formatNumberInput(value, locale), locale)).toEqual(ok(value));
    }
  });

  it("formats with the locale's marks and keeps every digit", () => {
    expect(formatNumberInput(1234.5, "ru")).toBe("1\u00a0234,5");
    expect(formatNumberInput(1234.5, "en")).toBe("1,234.5");
    expect(formatNumberInput(0.123456789, "en")).toBe("0.123456789");
    expect(formatNumberInput(null, "en")).toBe("");
  });
});
