/**
 * `npm run db:migrate` — applies pending migrations to DATABASE_URL (from the environment or
 * .env). `npm start` does the same by itself; this is for deployments and external databases.
 */
import { existsSync } from "node:fs";

import { migrate, MigrationError } from "@/lib/db/migrate";

if (existsSync(".env")) process.loadEnvFile(".env");
const databaseUrl = process.env.DATABASE_URL;

if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    "DATABASE_URL is not set to a postgresql:// connection string.\n" +
      "Set it (see .env.example), e.g. DATABASE_URL=postgresql://user:password@host:5432/synergia npm run db:migrate\n" +
      "(`npm start` without DATABASE_URL migrates its embedded database itself.)",
  );
  process.exit(1);
}

const started = Date.now();
try {
  const applied = await migrate(databaseUrl, { log: (line) => console.log(`  ${line}`) });
  const took = `${Date.now() - started} ms`;
  console.log(applied.length ? `Applied ${applied.length} migration(s) in ${took}.` : `Database is up to date (${took}).`);
  process.exit(0);
} catch (error) {
  const { hostname, port, pathname } = new URL(databaseUrl);
  const where = `${hostname}:${port || 5432}${pathname}`;
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    console.error(`Could not reach the database at ${where} (${code}). Is PostgreSQL running, and is DATABASE_URL right?`);
  } else {
    console.error(`Migrating ${where} failed: ${error instanceof MigrationError ? error.message : String(error)}`);
  }
  process.exit(1);
}
