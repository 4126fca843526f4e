import { describe, expect, it } from "vitest";

import { formatUnitScore, parseUnitScore } from "@/lib/format/unit-score";

const ok = (value: number) => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe("the coordination calculator's scores", () => {
  it.each([
    ["ru", "0,5", ok(0.5)],
    ["ru", "0.5", ok(0.5)],
    ["ru", "1", ok(1)],
    ["en", "0.5", ok(0.5)],
    ["zh", "0.6730", ok(0.673)],
    ["zh", "０．５", ok(0.5)],
    // A comma on an English or Chinese page might be a thousands separator: asked, not guessed.
    ["en", "0,5", no("ambiguousComma")],
    ["zh", "0,5", no("ambiguousComma")],
    ["en", "abc", no("numberInvalid")],
    ["ru", "0,5,5", no("numberInvalid")],
    ["ru", "", no("numberRequired")],
    ["en", "1.5", no("outOfRange")],
    ["ru", "-0,1", no("outOfRange")],
  ])("%s reads %j", (locale, input, expected) => {
    expect(parseUnitScore(input, locale)).toEqual(expected);
  });

  it.each([
    ["ru", 0.62, "0,62"],
    ["en", 0.62, "0.62"],
    ["zh", 0.35, "0.35"],
  ])("shows %s defaults as the locale writes them", (locale, value, text) => {
    expect(formatUnitScore(value, locale)).toBe(text);
    expect(parseUnitScore(text, locale)).toEqual(ok(value));
  });
});
