/**
 * recordedAt → epoch milliseconds without Date.parse: Date.parse reads a date-time without
 * a zone as local time (server and browser would disagree), accepts impossible dates such
 * as 2024-02-30, and is slow enough to dominate a 300k-item portfolio.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "days_from_civil"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function epoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offsetMinutes: number,
): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

/** Date#toISOString's shape with every field in range except day-in-month. */
const CANONICAL_UTC = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/**
 * True for a valid `YYYY-MM-DDTHH:mm:ss.sssZ` (what Date#toISOString and Prisma produce).
 * Such strings sort chronologically as plain strings, so the aggregation can compare them
 * without converting each one to a number — a native regex test is far cheaper than
 * reading 24 characters one by one in JS.
 */
export function isCanonicalUtc(s: string): boolean {
  if (s.length !== 24 || !CANONICAL_UTC.test(s)) return false;
  // Days 01–28 exist in every month; only 29–31 need the calendar.
  const tens = s.charCodeAt(8);
  if (tens < 50 || (tens === 50 && s.charCodeAt(9) < 57)) return true;
  return digits(s, 8, 10) <= daysInMonth(digits(s, 0, 4), digits(s, 5, 7));
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

/**
 * Epoch ms of `recordedAt`, NaN when invalid. Accepted: finite epoch ms; `YYYY-MM-DD`
 * (UTC midnight, as ECMAScript reads the date-only form); a date-time with minutes,
 * optional seconds and milliseconds, and a mandatory `Z` or ±HH:mm offset.
 */
export function parseRecordedAt(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const m = ISO_8601.exec(value);
  if (!m) return NaN;
  const offset = m[8] ? (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  if (m[10] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return NaN;
  const ms = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  return epoch(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    m[4] ? Number(m[4]) : 0,
    m[5] ? Number(m[5]) : 0,
    m[6] ? Number(m[6]) : 0,
    ms,
    offset,
  );
}
