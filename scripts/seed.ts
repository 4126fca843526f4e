// `npm run db:seed`: demo data into the database named by DATABASE_URL (refused in production).
import { seedDemoIfEmpty } from "../lib/seed/index";

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write("DATABASE_URL is not set.\n");
  process.exit(1);
}
const { seeded, logins } = await seedDemoIfEmpty(url);
process.stdout.write(seeded ? "Demo data seeded.\n" : "The database already has users; nothing seeded.\n");
for (const l of logins) process.stdout.write(`  ${l.role.padEnd(9)} ${l.email}  /  ${l.password}\n`);
