/**
 * Typed errors that may reach a user. Each carries a message key under `errors.` in the
 * message files; anything else is logged and answered with the generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super("unauthorized");
  }
}

export class ForbiddenError extends AppError {
  constructor(code = "forbidden") {
    super(code);
  }
}

export class NotFoundError extends AppError {
  constructor(code = "notFound") {
    super(code);
  }
}

/** Bad input the schema could not catch (needs the database to know). */
export class ValidationError extends AppError {
  constructor(
    code: string,
    readonly field?: string,
    values: Record<string, string | number> = {},
  ) {
    super(code, values);
  }
}

/** A unique value taken, or a stale version: somebody else changed the row first. */
export class ConflictError extends AppError {
  constructor(code = "conflict", values: Record<string, string | number> = {}) {
    super(code, values);
  }
}

export class RateLimitError extends AppError {
  constructor(code = "rateLimited", values: Record<string, string | number> = {}) {
    super(code, values);
  }
}

/** Prisma's unique-constraint violation (P2002), detected without importing Prisma here. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The shape a server action returns for a refused request: a message key and its values. */
export type PublicError = { code: string; values?: Record<string, string | number>; field?: string };

export function toPublicError(error: unknown): PublicError | null {
  if (error instanceof ValidationError) return { code: error.code, values: error.values, field: error.field };
  if (error instanceof AppError) return { code: error.code, values: error.values };
  return null;
}
