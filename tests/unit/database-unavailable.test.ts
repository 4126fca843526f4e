import { describe, expect, it } from "vitest";

import { ConflictError, isDatabaseUnavailable, ServiceUnavailableError, toPublicError } from "@/lib/errors";

// Shapes recorded from a real PostgreSQL stopped under Prisma 7 + @prisma/adapter-pg and postgres.js.
const adapterError = (cause: object) => Object.assign(new Error("DriverAdapterError"), { name: "DriverAdapterError", cause });
const prismaError = (code: string, cause: object) =>
  Object.assign(new Error(`Invalid invocation: ${code}`), { code, meta: { driverAdapterError: adapterError(cause) } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["model query, server stopped (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["raw query, server stopped (P2010 + DatabaseNotReachable)", prismaError("P2010", { kind: "DatabaseNotReachable" })],
    [
      "query cut off by shutdown (57P01)",
      prismaError("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }),
    ],
    ["connection closed mid-query", prismaError("P2010", { kind: "ConnectionClosed" })],
    ["pool exhausted (P2024)", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["postgres.js LISTEN connection closed", Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" })],
    ["pg: server starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["pg: connection terminated", new Error("Connection terminated unexpectedly")],
    ["socket refused, wrapped", new Error("failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })],
    ["our own typed error", new ServiceUnavailableError()],
  ])("%s → unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toPublicError(error)).toEqual({ code: "serviceUnavailable" });
  });

  it.each([
    ["unique violation (P2002)", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["syntax error in SQL (42601)", prismaError("P2010", { kind: "postgres", code: "42601" })],
    ["a conflict", new ConflictError()],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error", "Connection terminated unexpectedly"],
  ])("%s → not unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
