import { ScoringInputError } from "./errors";

/** Tolerance for "sums to 1" checks on weight vectors (the contract's 1e-9). */
export const SUM_TOLERANCE = 1e-9;

export function fail(field: string, problem: string): never {
  throw new ScoringInputError(field, problem);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function finite(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(field, `must be a finite number (got ${String(value)})`);
  }
  return value;
}

export function inRange(value: unknown, min: number, max: number, field: string): number {
  const v = finite(value, field);
  if (v < min || v > max) fail(field, `must be in [${min}, ${max}] (got ${v})`);
  return v;
}

export function nonNegative(value: unknown, field: string): number {
  const v = finite(value, field);
  if (v < 0) fail(field, `must not be negative (got ${v})`);
  return v;
}

export function array(value: unknown, field: string, minLength = 0): readonly unknown[] {
  if (!Array.isArray(value)) fail(field, "must be an array");
  if (value.length < minLength) {
    fail(field, `needs at least ${minLength} entries (got ${value.length})`);
  }
  return value;
}

export function vectorInRange(value: unknown, field: string, min: number, max: number, minLength = 1): readonly number[] {
  const v = array(value, field, minLength);
  for (let i = 0; i < v.length; i++) inRange(v[i], min, max, `${field}[${i}]`);
  return v as readonly number[];
}

/** Non-negative weights of a given length whose sum is 1 within SUM_TOLERANCE. */
export function weightVector(value: unknown, length: number, field: string): readonly number[] {
  const w = array(value, field);
  if (w.length !== length) fail(field, `must have ${length} entries (got ${w.length})`);
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += nonNegative(w[i], `${field}[${i}]`);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) fail(field, `must sum to 1 (got ${sum})`);
  return w as readonly number[];
}

/** A rectangular matrix of finite numbers; returns the column count. */
export function matrix(value: unknown, field: string, minRows: number): number {
  const rows = array(value, field, minRows);
  let columns = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = array(rows[i], `${field}[${i}]`, 1);
    if (columns === -1) columns = row.length;
    else if (row.length !== columns) {
      fail(`${field}[${i}]`, `must have ${columns} columns like the first row (got ${row.length})`);
    }
    for (let j = 0; j < row.length; j++) finite(row[j], `${field}[${i}][${j}]`);
  }
  return columns;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(field, `must be one of ${allowed.join(", ")} (got ${String(value)})`);
  }
  return value as T;
}

export function directions(value: unknown, length: number, field: string): boolean[] {
  const d = array(value, field);
  if (d.length !== length) fail(field, `must have ${length} entries (got ${d.length})`);
  return d.map((x, i) => oneOf(x, ["benefit", "cost"] as const, `${field}[${i}]`) === "cost");
}

export function shiftInterval(value: unknown, field: string, max = Infinity): [number, number] {
  const s = array(value, field);
  if (s.length !== 2) fail(field, "must be [a, b]");
  const a = finite(s[0], `${field}[0]`);
  const b = finite(s[1], `${field}[1]`);
  if (a < 0 || b > max || !(a < b)) {
    fail(field, `must satisfy 0 <= a < b${max === Infinity ? "" : ` <= ${max}`} (got [${a}, ${b}])`);
  }
  return [a, b];
}

export function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}
