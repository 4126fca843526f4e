import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { mulberry32 } from "@/lib/scoring";
import { parseRecordedAt } from "@/lib/scoring/time";

const dir = path.resolve(process.cwd(), "lib/scoring");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("lib/scoring stays pure and isomorphic", () => {
  it.each(files)("%s imports only relative modules and reads no clock or random source", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(/^\.\//);
    expect(source).not.toMatch(/Date\.now|Math\.random|new Date\(|performance\.now|process\.|require\(/);
    expect(source.split("\n").length).toBeLessThanOrEqual(300);
  });
});

describe("parseRecordedAt", () => {
  it("agrees with Date.parse on zoned ISO forms", () => {
    const random = mulberry32(5);
    for (let i = 0; i < 2000; i++) {
      const t = Math.floor(random() * 4e12);
      const iso = new Date(t).toISOString();
      expect(parseRecordedAt(iso)).toBe(t);
      for (const s of [iso.slice(0, 10), iso.slice(0, 16) + "Z", iso.slice(0, 19) + "-03:30", iso.slice(0, 21) + "+08:00"]) {
        expect(parseRecordedAt(s), s).toBe(Date.parse(s));
      }
    }
  });

  it.each([
    "2024-01-01T10:00:00",
    "2024-02-30",
    "2023-02-29T00:00:00.000Z",
    "2024-13-01T00:00:00.000Z",
    "2024-01-01T24:00:00.000Z",
    "2024-01-01 10:00:00Z",
    "01/02/2024",
    "2024-01-01T10:00:00.000+25:00",
    "",
  ])("rejects %j", (s) => {
    expect(parseRecordedAt(s)).toBeNaN();
  });

  it("accepts epoch milliseconds and leap days", () => {
    expect(parseRecordedAt(0)).toBe(0);
    expect(parseRecordedAt(1.5e12)).toBe(1.5e12);
    expect(parseRecordedAt("2024-02-29T23:59:59.999Z")).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(parseRecordedAt(Infinity)).toBeNaN();
  });
});
