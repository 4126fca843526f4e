import { afterAll, inject } from "vitest";

import { closeTestDb } from "./helpers/db";

// Runs in every test worker before the test file: lib/env.ts reads these on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = inject("nextAuthSecret");
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.LOG_LEVEL ??= "silent";

afterAll(closeTestDb);
