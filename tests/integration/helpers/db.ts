import { randomUUID } from "node:crypto";

import postgres from "postgres";

import { hashPassword } from "@/lib/auth/password";
import { createDb, type Db, type Prisma } from "@/lib/db/client";

/**
 * Database helpers for integration tests. They talk to the throwaway PostgreSQL that
 * global-setup.ts started; DATABASE_URL is set by setup.ts before any test file runs.
 */

function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `vitest --project integration`");
  // The guard that keeps a mistaken environment from truncating a real database.
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") throw new Error(`Refusing to run tests against ${host}`);
  return url;
}

let sqlClient: postgres.Sql | undefined;
let prisma: Db | undefined;

/** postgres.js on the test database, for catalog queries and set-up the services don't offer. */
export function testSql(): postgres.Sql {
  sqlClient ??= postgres(databaseUrl(), { max: 2, onnotice: () => {} });
  return sqlClient;
}

/** A Prisma client on the test database (the same factory the app uses). */
export function testDb(): Db {
  prisma ??= createDb(databaseUrl(), 4);
  return prisma;
}

export async function closeTestDb() {
  await Promise.all([sqlClient?.end({ timeout: 5 }), prisma?.$disconnect()]);
  sqlClient = undefined;
  prisma = undefined;
}

/**
 * Empties every application table in one statement; the migration history, the reference data
 * that migrations insert (regions) and the portfolio's change count (its truncate triggers count
 * the reset as a change) stay.
 */
export async function resetDb() {
  const sql = testSql();
  const tables = await sql<{ name: string }[]>`
    select tablename as name from pg_tables
    where schemaname = current_schema() and tablename not in ('_prisma_migrations', 'regions', 'portfolio_version')`;
  if (tables.length === 0) return;
  await sql`truncate table ${sql(tables.map((t) => t.name))} restart identity cascade`;
}

/** A separate, empty database on the test server for tests that need a clean slate of their own. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `scratch_${randomUUID().replaceAll("-", "")}`;
  const sql = testSql();
  await sql`create database ${sql(name)}`;
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await sql`drop database if exists ${sql(name)} with (force)`;
    },
  };
}

/** Short random suffix so rows created by different tests never collide on unique columns. */
export function uniqueName(prefix = "t") {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createOrganization(overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {}) {
  const name = uniqueName("Org");
  return testDb().organization.create({
    data: {
      nameEn: name,
      nameZh: `${name} 公司`,
      nameRu: `${name} компания`,
      country: "CN",
      type: "ENTERPRISE",
      cityEn: "Harbin",
      cityZh: "哈尔滨",
      cityRu: "Харбин",
      ...overrides,
    },
  });
}

/**
 * An active user with a known password. Partners get an organization of their own unless one is
 * given. The returned object carries the plain password for sign-in tests.
 */
export async function createUser(overrides: Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & { password?: string } = {}) {
  const { password = "correct horse battery staple", ...data } = overrides;
  const role = data.role ?? "PARTNER";
  const organizationId =
    data.organizationId !== undefined ? data.organizationId : role === "PARTNER" ? (await createOrganization()).id : null;
  const user = await testDb().user.create({
    data: {
      email: `${uniqueName("user")}@example.test`,
      name: "Test User",
      status: "ACTIVE",
      ...data,
      role,
      organizationId,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
