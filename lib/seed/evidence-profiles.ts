/**
 * Which indicators a joint project of each sector plausibly reports (no power-interconnection
 * megawatts on a robotics park, no degree programmes at a grid company), and how each unit's
 * values are written (whole counts and people, megawatts in tens, money and percentages with
 * one decimal). Pure data for the demo seed.
 */
import type { PortfolioProject } from "./portfolio-projects";

export const SECTOR_INDICATORS: Record<PortfolioProject["sector"], readonly string[]> = {
  ENERGY_GRID: ["T4", "T5", "T6", "T7", "I3", "I4", "I5", "I7", "I8", "I9", "I10", "R1", "R3", "R5", "R6", "R8", "R9", "R10"],
  INTELLIGENT_MANUFACTURING: [
    "T1",
    "T2",
    "T3",
    "T6",
    "T7",
    "T8",
    "T9",
    "I1",
    "I2",
    "I5",
    "I7",
    "I8",
    "I10",
    "I11",
    "R1",
    "R2",
    "R3",
    "R7",
    "R8",
    "R11",
  ],
  DIGITAL_PLATFORMS: ["T3", "T5", "T6", "T7", "T9", "I3", "I4", "I6", "I8", "I9", "I10", "R2", "R3", "R7", "R8", "R11"],
  TRANSPORT_LOGISTICS: ["T5", "T6", "T9", "I3", "I5", "I7", "I8", "I10", "R3", "R6", "R7", "R8", "R9"],
  AGRICULTURE: ["T3", "T6", "T7", "I5", "I7", "I8", "R1", "R2", "R3", "R7", "R8", "R9", "R10"],
  EDUCATION_TALENT: ["T3", "T7", "T9", "I8", "I9", "I10", "R1", "R2", "R3", "R4", "R10", "R11"],
  OTHER: ["T5", "T9", "I1", "I5", "I8", "I9", "I10", "I11", "R3", "R8", "R10", "R11"],
};

/** A value as people write it for the unit. */
export function roundForUnit(unit: string, kind: string, raw: number): number {
  if (kind === "ORDINAL") return Math.max(0, Math.min(4, Math.round(raw)));
  switch (unit) {
    case "count":
    case "persons":
    case "hours":
    case "days":
      return Math.round(raw);
    case "megawatts":
      return Math.round(raw / 10) * 10;
    default:
      return Math.round(raw * 10) / 10;
  }
}

/**
 * How long each organization takes to verify the other side's evidence: the chance that an
 * item it should check is still waiting after a reporting round (the backlog by organization).
 */
export const VERIFY_SLOWNESS: Record<string, number> = {
  hit: 0.06,
  park: 0.08,
  robot: 0.12,
  grid: 0.04,
  fefu: 0.1,
  rugrid: 0.06,
  machine: 0.15,
  it: 0.3,
};
