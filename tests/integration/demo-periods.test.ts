import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { fromIsoDate } from "@/lib/dates";
import { ValidationError } from "@/lib/errors";
import { assertPeriodOpen, openPeriod, periodOf } from "@/lib/periods/service";
import { ZPortfolioFilter } from "@/lib/portfolio/schema";
import { getScoreTrend } from "@/lib/portfolio/service";
import { seedDemoIfEmpty } from "@/lib/seed";

import { resetDb, testDb } from "./helpers/db";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the demo's reporting periods", () => {
  let organizer: Actor;
  let harbin: string;

  beforeAll(async () => {
    await resetDb();
    await seedDemoIfEmpty(process.env.DATABASE_URL!, { NODE_ENV: "test" });
    organizer = await testDb().user.findUniqueOrThrow({ where: { email: "organizer.cn@synergia.demo" } });
    const text = await testDb().projectText.findFirstOrThrow({ where: { title: { contains: "哈尔滨中俄高新技术产业园智能制造" } } });
    harbin = text.projectId;
  }, 120_000);

  it("gives the organizer's dashboard a trend over three closed half-years with believable figures", async () => {
    const trend = await getScoreTrend(organizer, ZPortfolioFilter.parse({}));
    expect(trend.map((p) => p.key)).toEqual(["2025-H1", "2025-H2", "2026-H1"]);
    for (const p of trend) {
      expect(p.projects).toBeGreaterThanOrEqual(30);
      // Most projects report each round, not necessarily all; a score needs a report at some point.
      expect(p.reported).toBeGreaterThanOrEqual(Math.ceil(p.projects * 0.85));
      expect(p.reported).toBeLessThanOrEqual(p.projects);
      expect(p.assessed).toBeGreaterThanOrEqual(p.reported - 1);
      expect(p.meanD).toBeGreaterThan(0.1);
      expect(p.meanD).toBeLessThan(0.9);
      for (const u of Object.values(p.mean)) expect(u).toBeGreaterThan(0);
    }
    // A project that started in April 2025 and one suspended early in 2026 did not report those rounds.
    expect(trend[0].reported).toBe(trend[0].projects - 1);
    expect(trend[2].reported).toBe(trend[2].projects - 1);
    // The portfolio matures: stocks (patents, people trained) grow from round to round.
    expect(trend[1].meanD!).toBeGreaterThan(trend[0].meanD!);
    expect(trend[2].meanD!).toBeGreaterThan(trend[1].meanD!);
  });

  it("locks the past half-years but leaves this month and the last quarter to the browser tests", async () => {
    const locked = await periodOf(testDb(), harbin, fromIsoDate("2026-01-01"), fromIsoDate("2026-06-30"));
    expect(locked?.key).toBe("2026-H1");
    expect(() => assertPeriodOpen(locked)).toThrow(ValidationError);

    // evidence.spec and its kin enter evidence for this month; intake.spec opens the last full quarter.
    const today = new Date();
    expect(await periodOf(testDb(), harbin, fromIsoDate(`${iso(today).slice(0, 8)}01`), today)).toBeNull();
    const q = Math.floor(today.getUTCMonth() / 3);
    const startsOn = iso(new Date(Date.UTC(today.getUTCFullYear(), (q - 1) * 3, 1)));
    const endsOn = iso(new Date(Date.UTC(today.getUTCFullYear(), q * 3, 0)));
    const deadline = iso(new Date(today.getTime() + 10 * 86_400_000));
    const opened = await openPeriod(organizer, { key: "Q-demo", startsOn, endsOn, deadline, projectIds: [harbin] });
    expect(opened.key).toBe("Q-demo");
  });
});
