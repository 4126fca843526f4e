import { describe, expect, it } from "vitest";

import { csvDialect, csvLine, neutralize } from "@/lib/exports/csv";
import { col } from "@/lib/exports/table";

describe("CSV cells", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+7 924 000", "'+7 924 000"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["Harbin = 哈尔滨", "Harbin = 哈尔滨"],
    ["", ""],
  ])("text %j is written as %j", (input, output) => {
    expect(neutralize(input)).toBe(output);
  });

  const columns = [col.text("t"), col.number("n"), col.integer("i"), col.percent("p"), col.date("d"), col.datetime("dt")];
  const cells = ["-x", -0.5, 3, 0.856, new Date("2026-03-01T00:00:00Z"), new Date("2026-03-01T08:05:09.123Z")];

  it("numbers are numbers (a minus is a sign), dates ISO, every field quoted", () => {
    expect(csvLine(cells, columns, csvDialect("en"))).toBe('"\'-x","-0.5","3","85.6","2026-03-01","2026-03-01 08:05:09"\r\n');
  });

  it("Russian: semicolons between fields and a decimal comma, as Russian spreadsheet programs read", () => {
    expect(csvLine(cells, columns, csvDialect("ru"))).toBe('"\'-x";"-0,5";"3";"85,6";"2026-03-01";"2026-03-01 08:05:09"\r\n');
  });

  it("quotes, delimiters and line breaks stay inside their cell; empty cells are empty", () => {
    expect(csvLine(['a "b", c\nd', null], [col.text("t"), col.number("n")], csvDialect("en"))).toBe('"a ""b"", c\nd",""\r\n');
  });
});
