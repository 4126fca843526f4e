import { describe, expect, it } from "vitest";

import { getFormatter } from "@/lib/i18n/formatter";

// The server's formatter keeps its Intl objects for the whole process, shared by every request
// and reader: one reader's language must never reach another's figures.
describe("the server's formatter shared by all requests", () => {
  it("writes each reader's numbers and dates in their own language, in any order of requests", async () => {
    const date = new Date("2026-12-07T10:00:00Z");
    for (let round = 0; round < 2; round++) {
      const [ru, en, zh] = await Promise.all(["ru", "en", "zh"].map((locale) => getFormatter({ locale })));
      expect(ru.number(1234.5, { maximumFractionDigits: 1 })).toBe("1\u00a0234,5");
      expect(en.number(1234.5, { maximumFractionDigits: 1 })).toBe("1,234.5");
      expect(zh.number(0.25, { style: "percent" })).toBe("25%");
      expect(ru.dateTime(date, { dateStyle: "long" })).toBe("7 декабря 2026 г.");
      expect(en.dateTime(date, { dateStyle: "long" })).toBe("December 7, 2026");
      expect(zh.dateTime(date, { dateStyle: "long" })).toBe("2026年12月7日");
    }
  });

  it("shows times in the platform's time zone (UTC), whatever the server's", async () => {
    const serverZone = process.env.TZ;
    process.env.TZ = "Asia/Shanghai"; // Node applies a new TZ at once
    try {
      const format = await getFormatter({ locale: "en" });
      expect(format.dateTime(new Date("2026-12-07T23:30:00Z"), { timeStyle: "short", hour12: false })).toBe("23:30");
    } finally {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    }
  });
});
