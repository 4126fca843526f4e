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
  constructor(code = "unauthorized") {
    super(code);
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

  /** Seconds until a refused request may succeed: the limit's own figure, else its minutes. */
  get retryAfterSeconds(): number {
    const { retryAfter, minutes } = this.values;
    if (typeof retryAfter === "number") return retryAfter;
    return typeof minutes === "number" ? minutes * 60 : 60;
  }
}

/** The database cannot be reached (stopped, restarting, out of connections): try again shortly. */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super("serviceUnavailable");
  }
}

// Prisma: can't reach the server, timed out, connection closed, pool exhausted.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1017", "P2024"]);
// @prisma/adapter-pg's classification of pg errors.
const ADAPTER_UNAVAILABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (class 08), shutting down / starting up (57P01–57P03), too many clients.
const SQLSTATE_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
// Node sockets, and postgres.js' own codes (LISTEN connection, migrations, jobs).
const SOCKET_UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * True when `error` says the database is unreachable rather than that the request was wrong:
 * such a failure is temporary and is answered with 503 and "try again in a moment".
 * Duck-typed (Prisma, its pg adapter, pg, postgres.js) so this module imports none of them.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error instanceof ServiceUnavailableError) return true;
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.test(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_UNAVAILABLE.has(e.kind)) return true;
  if (typeof e.message === "string" && /^Connection terminated (unexpectedly|due to connection timeout)/.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}

/** Prisma's unique-constraint violation (P2002), detected without importing Prisma here. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The shape a server action returns for a refused request: a message key and its values. */
export type PublicError = { code: string; values?: Record<string, string | number>; field?: string };

export function toPublicError(error: unknown): PublicError | null {
  if (isDatabaseUnavailable(error)) return { code: "serviceUnavailable" };
  if (error instanceof ValidationError) return { code: error.code, values: error.values, field: error.field };
  if (error instanceof AppError) return { code: error.code, values: error.values };
  return null;
}

/**
 * The message key for a value PostgreSQL refused as data (SQLSTATE class 22: a NUL byte, a number
 * or date out of range) that got past the schemas, or null. Such a request was wrong, not the
 * server: it is answered with 400 and this key, never with 500. Duck-typed like the rest here.
 */
export function dataErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  const sqlState = e.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof sqlState !== "string" || !sqlState.startsWith("22")) return null;
  return sqlState === "22021" ? "invalidCharacters" : "valueOutOfRange";
}
