import { existsSync } from "node:fs";

import { defineConfig } from "prisma/config";

// Prisma 7 reads neither .env nor a URL from schema.prisma. The app and scripts/migrate.ts apply
// migrations themselves; this file lets `prisma migrate deploy` / `migrate status` on a connected
// machine find the same database and migration folder. `prisma generate` needs no URL, so an
// unset DATABASE_URL must not make it fail (npm ci runs it in postinstall).
if (existsSync(".env")) process.loadEnvFile(".env");

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(url ? { datasource: { url } } : {}),
});
