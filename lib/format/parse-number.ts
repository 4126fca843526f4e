/**
 * Numbers as people type them, in the page's locale. The separators come from
 * `Intl.NumberFormat(locale).formatToParts`, so Russian reads "80,5" as 80.5 and "1 234,5" as
 * 1234.5, English and Chinese read "1,234.5". Input that could mean two different numbers is
 * refused with a reason instead of guessed, and no separator is ever silently dropped:
 *
 * - the locale's group separator is accepted only between groups of exactly three digits
 *   ("1,234" is 1234 in en; "1,5" or "80,5" in en is `ambiguousComma`: did you mean 1.5?);
 * - any space (also U+00A0 / U+202F, which ru formats with) groups digits in every locale;
 * - the other mark (a point on a ru page, a comma on an en page) is read as the decimal mark when
 *   it cannot be grouping ("80.5" on a ru page), and refused when it could be either
 *   ("1.234" on a ru page is 1.234 or 1234: `ambiguousPoint`);
 * - full-width digits and marks (Chinese input methods) are read as their ASCII forms.
 *
 * Pure, no I/O: the form, the spreadsheet import and the server share it.
 */

export type NumberProblem =
  /** Nothing typed. */
  | "numberRequired"
  /** Not a number at all (letters, two decimal marks, misplaced grouping). */
  | "numberInvalid"
  /** A comma that might be a decimal mark or a thousands separator. */
  | "ambiguousComma"
  /** A point that might be a decimal mark or a thousands separator. */
  | "ambiguousPoint";

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

type Separators = { decimal: string; group: string };

const cache = new Map<string, Separators>();

/** The decimal and group separators `Intl` uses for the locale. */
export function separators(locale: string): Separators {
  const known = cache.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const found = {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
  cache.set(locale, found);
  return found;
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/;
const FULL_WIDTH = /[\uff10-\uff19\uff0c\uff0e\uff0d\uff0b]/g;
const MINUS = /^[-\u2212]/;

/** Digits in groups of three after a first group of one to three: "1", "12", "1234", "1x234x567". */
function validGrouping(integer: string, mark: string): boolean {
  const groups = integer.split(mark);
  if (groups.length === 1) return /^\d+$/.test(integer);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function toNumber(integer: string, fraction: string | null): ParsedNumber {
  if (integer === "" && (fraction === null || fraction === "")) return { ok: false, problem: "numberInvalid" };
  if (fraction !== null && !/^\d+$/.test(fraction)) return { ok: false, problem: "numberInvalid" };
  const value = Number(`${integer || "0"}${fraction ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: "numberInvalid" };
}

/** Parses a number typed in `locale`. See the file comment for the rules. */
export function parseLocaleNumber(input: string, locale: string): ParsedNumber {
  let text = input
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/^\+/, "");
  if (text === "") return { ok: false, problem: "numberRequired" };
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1);
  // Spaces group digits in any locale: "1 234", "1 234,5", never "12 5" or "80 ,5".
  const spaced = text.split(SPACES);
  if (spaced.length > 1) {
    const [first, ...rest] = spaced;
    const lastDigits = rest[rest.length - 1].match(/^\d*/)?.[0] ?? "";
    const middle = rest.slice(0, -1);
    if (!/^\d{1,3}$/.test(first) || !middle.every((g) => /^\d{3}$/.test(g)) || lastDigits.length !== 3) {
      return { ok: false, problem: "numberInvalid" };
    }
    text = spaced.join("");
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, problem: "numberInvalid" };

  const { decimal } = separators(locale);
  // Locales here use "." or "," as the decimal mark; the other one is their written grouping
  // (or, in ru, where grouping is a space, a decimal point typed out of habit).
  const decimalMark = decimal === "," ? "," : ".";
  const otherMark = decimalMark === "," ? "." : ",";
  const decimals = text.split(decimalMark).length - 1;
  const others = text.split(otherMark).length - 1;
  const groupIsOther = separators(locale).group === otherMark;
  let result: ParsedNumber;

  if (decimals > 1) return { ok: false, problem: "numberInvalid" };
  if (others === 0) {
    const [integer, fraction = null] = text.split(decimalMark);
    result = toNumber(integer, fraction);
  } else if (decimals === 1) {
    // Both marks: grouping must come first and be well-formed ("1,234.5" in en).
    const [integer, fraction] = text.split(decimalMark);
    if (!validGrouping(integer, otherMark)) return { ok: false, problem: "numberInvalid" };
    result = toNumber(integer.split(otherMark).join(""), fraction);
  } else if (groupIsOther) {
    // Only the locale's group mark: "1,234" is 1234 in en; "1,5" could be meant as 1.5.
    if (validGrouping(text, otherMark)) result = toNumber(text.split(otherMark).join(""), null);
    else if (others === 1) return { ok: false, problem: otherMark === "," ? "ambiguousComma" : "ambiguousPoint" };
    else return { ok: false, problem: "numberInvalid" };
  } else {
    // Only the mark this locale does not use at all ("80.5" on a ru page): a decimal point,
    // unless it has the shape of grouping ("1.234"), which some Russian writers also use.
    if (others > 1) return { ok: false, problem: "numberInvalid" };
    const [integer, fraction] = text.split(otherMark);
    if (/^\d{1,3}$/.test(integer) && /^\d{3}$/.test(fraction)) {
      return { ok: false, problem: otherMark === "," ? "ambiguousComma" : "ambiguousPoint" };
    }
    result = toNumber(integer, fraction);
  }
  if (!result.ok) return result;
  return { ok: true, value: negative ? -result.value : result.value };
}

/**
 * A number for an input field in `locale`: every significant digit kept (no rounding), grouping
 * as the locale writes it, so parsing it back gives the same number.
 */
export function formatNumberInput(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: true }).format(value);
}
