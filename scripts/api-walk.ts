/**
 * `npm run api:walk -- --base-url http://127.0.0.1:3000 --email li.wei@hit.demo`: creates a
 * read-write and a read-only personal token for that partner (as /account would, audited), walks
 * /api/v1 through its OpenAPI document with them (scripts/api-walk/walk.ts), and revokes both.
 * It needs the app's DATABASE_URL (from the environment or .env) to create the tokens; the walk
 * itself is plain HTTP. It leaves one draft of evidence behind, which the walk names.
 * Last line: one JSON object.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

import { getDb } from "@/lib/db/client";

import { createWalkTokens } from "./api-walk/tokens";
import { walkApi } from "./api-walk/walk";

if (existsSync(".env")) process.loadEnvFile(".env");
// The services read the app's settings; the walk signs no session, so any secret will do.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

const { values } = parseArgs({
  options: { "base-url": { type: "string", default: "http://127.0.0.1:3000" }, email: { type: "string", default: "li.wei@hit.demo" } },
});

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the walk creates its tokens in the app's database.");
  const tokens = await createWalkTokens(values.email);
  try {
    const result = await walkApi({ baseUrl: values["base-url"], ...tokens, say: (line) => console.log(line) });
    for (const problem of result.problems) console.error(`Not as documented: ${problem}`);
    console.log(JSON.stringify({ ok: result.problems.length === 0, steps: result.steps.length, evidenceId: result.evidenceId }));
    return result.problems.length === 0 ? 0 : 1;
  } finally {
    await tokens.revoke();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(JSON.stringify({ ok: false }));
  return 1;
});
await getDb().$disconnect();
