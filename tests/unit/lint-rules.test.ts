import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The project's own eslint.config.js applied to small sources placed where the rules look.
const eslint = new ESLint({ cwd: process.cwd() });

// Loading the configuration and the TypeScript parser takes seconds on a busy machine: done once,
// with room to spare, so no test below measures it.
beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }), 120_000);

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

describe("lint: the database stays behind services", () => {
  it.each([
    ["app/[locale]/(app)/x/page.tsx", 'import { getDb } from "@/lib/db/client";\nexport const db = getDb;\n'],
    ["components/x/widget.tsx", 'import type { Role } from "@/lib/db/generated/prisma/enums";\nexport type R = Role;\n'],
    ["components/x/other.tsx", 'import { PrismaClient } from "@prisma/client";\nexport const C = PrismaClient;\n'],
    ["app/api/x/route.ts", 'import { getDb } from "../../../lib/db/client";\nexport const db = getDb;\n'],
  ])("refuses %s importing the database", async (file, code) => {
    expect(await problems(file, code)).toContain("no-restricted-imports");
  });

  it("lets pages and components import services", async () => {
    expect(
      await problems("app/x/page.tsx", 'import { pingDatabase } from "@/lib/health/service";\nexport const p = pingDatabase;\n'),
    ).toEqual([]);
  });
});

describe('lint: services start with import "server-only"', () => {
  const service = 'import { getDb } from "@/lib/db/client";\n\nexport const db = getDb;\n';

  it.each([
    ["lib/x/service.ts", "export const one = 1;\n"],
    ["lib/x/queries.ts", 'import type { DbTx } from "@/lib/db/client";\n\nexport type T = DbTx;\n'],
    ["lib/x/load.ts", service],
    ["lib/x/late.ts", `${service}import "server-only";\n`],
  ])("refuses %s without it", async (file, code) => {
    expect(await problems(file, code)).toContain("synergia/server-only");
  });

  it.each([
    ["lib/x/service.ts", `import "server-only";\n\n${service}`],
    ["lib/x/load.ts", `// Not \`server-only\`: the mail worker loads it in plain Node.\n${service}`],
    ["lib/x/types.ts", 'import type { DbTx } from "@/lib/db/client";\n\nexport type T = DbTx;\n'],
    ["lib/seed/x.ts", service],
  ])("accepts %s", async (file, code) => {
    expect(await problems(file, code)).not.toContain("synergia/server-only");
  });

  it("wants a reason in the exemption", async () => {
    expect(await problems("lib/x/load.ts", `// Not \`server-only\`:\n${service}`)).toContain("synergia/server-only");
  });
});
