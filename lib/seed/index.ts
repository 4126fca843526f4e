import { hashPassword } from "@/lib/auth/password";
import { twoFactorRequired } from "@/lib/auth/permissions";
import { createDb } from "@/lib/db/client";

import { seedCatalogAndModel } from "./catalog";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from "./demo-data";
import { seedDiscussion } from "./discussion";
import { seedInitiatives } from "./initiatives";
import { seedPeriods } from "./periods";
import { seedPortfolio } from "./portfolio";
import { seedPublication } from "./publication";
import { seedRecommendations } from "./recommendations";

export type DemoLogin = { email: string; password: string; role: string; organization?: string; twoFactor: boolean };

export const demoLogins: DemoLogin[] = DEMO_USERS.map((u) => ({
  email: u.email,
  password: DEMO_PASSWORD,
  role: u.role,
  organization: DEMO_ORGANIZATIONS.find((o) => o.key === u.org)?.nameEn,
  twoFactor: twoFactorRequired(u.role),
}));

/**
 * Seeds demo data into an empty database. Refuses under NODE_ENV=production; leaves a
 * database that already has users untouched (seeded: false). Returns the demo logins either way.
 */
export async function seedDemoIfEmpty(
  databaseUrl: string,
  // eslint-disable-next-line no-restricted-properties -- runs from scripts, outside the validated app environment
  env: { NODE_ENV?: string } = process.env,
): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  if (env.NODE_ENV === "production") throw new Error("Refusing to seed demo data: NODE_ENV is production.");
  const db = createDb(databaseUrl, 2);
  try {
    if ((await db.user.count()) > 0) return { seeded: false, logins: demoLogins };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.$transaction(
      async (tx) => {
        const orgIds = new Map<string, string>();
        for (const { key, ...org } of DEMO_ORGANIZATIONS) {
          const row = await tx.organization.create({ data: org });
          orgIds.set(key, row.id);
        }
        await tx.user.createMany({
          data: DEMO_USERS.map((u) => ({
            email: u.email,
            name: u.name,
            role: u.role,
            locale: u.locale,
            status: "ACTIVE" as const,
            passwordHash,
            organizationId: u.org ? orgIds.get(u.org) : null,
            ...(twoFactorRequired(u.role) ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
          })),
        });
        await seedCatalogAndModel(tx);
        const portfolio = await seedPortfolio(tx);
        const periods = await seedPeriods(tx);
        await seedRecommendations(tx);
        const discussion = await seedDiscussion(tx);
        const initiatives = await seedInitiatives(tx);
        const publication = await seedPublication(tx);
        await tx.auditLog.create({
          data: {
            actorId: null,
            action: "seed.demo",
            entityType: "Database",
            entityId: "demo",
            after: {
              organizations: DEMO_ORGANIZATIONS.length,
              users: DEMO_USERS.length,
              ...portfolio,
              ...periods,
              ...discussion,
              ...initiatives,
              ...publication,
            },
          },
        });
        // One transaction, so a failed seed leaves an empty database that the next start seeds again.
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { seeded: true, logins: demoLogins };
  } finally {
    await db.$disconnect();
  }
}
