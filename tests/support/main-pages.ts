/**
 * The main pages of each kind of user, in the language each is opened in: the warm-up
 * (scripts/warm-up.ts) loads them before the browser tests, and tests/e2e/csp.spec.ts opens them
 * under the Content-Security-Policy. Not the inboxes: a warm-up opening one could change what the
 * notification tests expect to find unread.
 */
export const MAIN_PAGES: { account: string; locale: "en" | "zh" | "ru"; paths: string[] }[] = [
  {
    account: "li.wei@hit.demo",
    locale: "zh",
    paths: [
      "/zh",
      "/zh/projects",
      "/zh/projects/new",
      "/zh/evidence",
      "/zh/recommendations",
      "/zh/forums",
      "/zh/tools/coordination",
      "/zh/account",
      "/zh/verification",
      "/zh/portfolio",
      "/zh/portfolio/ranking",
      "/zh/portfolio/map",
    ],
  },
  {
    account: "admin@synergia.demo",
    locale: "en",
    paths: [
      "/en",
      "/en/admin/users",
      "/en/admin/organizations",
      "/en/admin/audit",
      "/en/admin/catalog",
      "/en/admin/scoring",
      "/en/admin/outbox",
      "/en/account",
    ],
  },
  {
    account: "organizer.cn@synergia.demo",
    locale: "ru",
    paths: [
      "/ru",
      "/ru/recommendations",
      "/ru/forums",
      "/ru/moderation",
      "/ru/initiatives/new",
      "/ru/periods",
      "/ru/portfolio",
      "/ru/portfolio/map",
    ],
  },
];
