import { ConflictError, ValidationError } from "@/lib/errors";

/** The fields a conflict report compares, as shown in the edit form. */
export const EDITABLE_FIELDS = [
  "title",
  "summary",
  "originalLocale",
  "sector",
  "location",
  "regionCode",
  "alignment",
  "declaredStage",
  "startDate",
  "endDate",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FieldChange = { field: EditableField; mine: string; current: string };

/**
 * Somebody saved the project after this editor loaded it. Carries, field by field, the editor's
 * value next to the one now stored, so nothing is overwritten silently and the editor sees why.
 */
export class ProjectConflictError extends ConflictError {
  constructor(
    readonly changes: FieldChange[],
    readonly currentVersion: number,
  ) {
    super("staleVersion");
  }
}

const TRIGGER = "joint_projects_active_partner_countries";
// The trigger's own wording: the pg driver adapter keeps only the SQLSTATE and message.
const TRIGGER_TEXT = "ACTIVE joint project needs";

/**
 * The deferred constraint trigger refuses an ACTIVE project without an accepted CN and RU
 * partner at commit. Prisma wraps the driver error differently per path, so look through the
 * error chain for the constraint's name or the trigger's message under SQLSTATE 23514.
 */
export function isPartnerCountriesViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      message?: unknown;
      originalMessage?: unknown;
      originalCode?: unknown;
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    if (e.constraint === TRIGGER || e.constraint_name === TRIGGER) return true;
    const message = [e.message, e.originalMessage].filter((m): m is string => typeof m === "string").join(" ");
    if ((e.originalCode === "23514" || e.code === "23514") && message.includes(TRIGGER_TEXT)) return true;
    if (message.includes(TRIGGER)) return true;
    current = e.cause;
  }
  return false;
}

/** Rethrows the database's refusal as the same translated error the service gives. */
export function mapPartnerCountries(error: unknown): never {
  if (isPartnerCountriesViolation(error)) throw new ValidationError("needsBothCountries");
  throw error;
}
