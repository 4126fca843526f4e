import { z } from "zod";

/**
 * Calendar days travel as ISO `YYYY-MM-DD` strings (what `<input type="date">` sends) and are
 * stored as midnight UTC. One schema for every form and query: zod's ISO date, which also
 * refuses days a month does not have (2025-02-30), which `Date.parse` would roll over.
 */
export const ZIsoDate = z.iso.date("dateInvalid");

export const isIsoDate = (value: string) => ZIsoDate.safeParse(value).success;

/** Midnight UTC of a checked ISO day. */
export const fromIsoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ISO day of a stored date (stored as midnight UTC, so the UTC day). */
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);
