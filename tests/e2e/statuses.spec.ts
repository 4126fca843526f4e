import { expect, request, test, type APIRequestContext } from "@playwright/test";

import { signInOverHttp } from "../support/sign-in";
import { testDatabase } from "./attacks";
import { demo, messages } from "./support";

/**
 * Pages refuse with the HTTP status, not with a client-side redirect or not-found after a skeleton
 * was streamed (every section has a loading.tsx; a check under it answered 200). Plain requests,
 * no browser: the status and the Location header are what a crawler, a proxy or a script sees.
 */
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const base = process.env.E2E_BASE_URL!;

type Case = { who: "partner" | "admin" | "nobody"; path: string | (() => string); status: number; to?: RegExp };

let otherProject = "";
const cases: Case[] = [
  // Sign-in brings the browser back to the page it asked for (without a session cookie, no "session
  // ended" reason).
  { who: "nobody", path: "/en/projects", status: 307, to: /\/en\/login\?returnTo=%2Fen%2Fprojects$/ },
  {
    who: "nobody",
    path: `/ru/projects/${UNKNOWN}/edit`,
    status: 307,
    to: new RegExp(`/ru/login\\?returnTo=%2Fru%2Fprojects%2F${UNKNOWN}%2Fedit$`),
  },
  { who: "partner", path: `/en/projects/${UNKNOWN}`, status: 404 },
  { who: "partner", path: `/en/projects/${UNKNOWN}/edit`, status: 404 },
  { who: "partner", path: `/en/projects/${UNKNOWN}/partners`, status: 404 },
  { who: "partner", path: `/en/projects/${UNKNOWN}/plan`, status: 404 },
  { who: "partner", path: `/en/projects/${UNKNOWN}/import`, status: 404 },
  { who: "partner", path: `/en/projects/${UNKNOWN}/evidence/new`, status: 404 },
  { who: "partner", path: "/en/projects/not-a-uuid", status: 404 },
  { who: "partner", path: `/en/evidence/${UNKNOWN}`, status: 404 },
  { who: "partner", path: `/en/evidence/${UNKNOWN}/edit`, status: 404 },
  { who: "partner", path: `/zh/forums/${UNKNOWN}`, status: 404 },
  { who: "partner", path: `/en/recommendations/${UNKNOWN}`, status: 404 },
  { who: "partner", path: `/en/initiatives/${UNKNOWN}`, status: 404 },
  { who: "partner", path: () => `/en/projects/${otherProject}/edit`, status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: () => `/en/projects/${otherProject}/partners`, status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: () => `/en/projects/${otherProject}/plan`, status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: () => `/en/projects/${otherProject}/evidence/new`, status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: "/en/admin/users", status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: "/ru/admin/catalog", status: 307, to: /\/ru\/forbidden$/ },
  { who: "partner", path: "/en/admin/audit", status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: "/en/moderation", status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: "/en/recommendations/new", status: 307, to: /\/en\/forbidden$/ },
  { who: "partner", path: "/en/initiatives/new", status: 307, to: /\/en\/forbidden$/ },
  { who: "admin", path: `/en/admin/users/${UNKNOWN}`, status: 404 },
  { who: "admin", path: `/en/admin/organizations/${UNKNOWN}`, status: 404 },
  { who: "admin", path: `/ru/admin/catalog/${UNKNOWN}`, status: 404 },
  { who: "admin", path: `/en/admin/outbox/${UNKNOWN}`, status: 404 },
  { who: "admin", path: `/ru/admin/scoring/${UNKNOWN}/preview`, status: 404 },
  { who: "admin", path: "/en/admin/scoring/not-a-uuid/preview", status: 404 },
  { who: "partner", path: `/en/admin/scoring/${UNKNOWN}/preview`, status: 307, to: /\/en\/forbidden$/ },
  // What stays open still answers 200.
  { who: "admin", path: "/en/admin/users", status: 200 },
  { who: "partner", path: () => `/en/projects/${otherProject}`, status: 200 },
  { who: "partner", path: "/en/projects", status: 200 },
];

test("refusals and unknown records answer 404 or a 307 redirect, not 200 with a late redirect", async () => {
  const sql = testDatabase();
  try {
    // A project the Russian partner's organization (FEFU) is not a member of.
    const [row] = await sql<{ id: string }[]>`
      SELECT p.id FROM joint_projects p WHERE NOT EXISTS (
        SELECT 1 FROM project_partners pp JOIN users u ON u.organization_id = pp.organization_id
        WHERE pp.project_id = p.id AND u.email = ${demo.partnerRu}) AND p.status = 'ACTIVE' ORDER BY p.created_at LIMIT 1`;
    otherProject = row.id;
  } finally {
    await sql.end();
  }
  const partner = await request.newContext({ baseURL: base, extraHTTPHeaders: { cookie: await signInOverHttp(base, demo.partnerRu) } });
  const admin = await request.newContext({ baseURL: base, extraHTTPHeaders: { cookie: await signInOverHttp(base, demo.admin) } });
  const nobody = await request.newContext({ baseURL: base });
  const clients: Record<Case["who"], APIRequestContext> = { partner, admin, nobody };
  const seen: string[] = [];
  const wanted: string[] = [];
  for (const c of cases) {
    const path = typeof c.path === "string" ? c.path : c.path();
    const response = await clients[c.who].get(path, { maxRedirects: 0 });
    const location = response.headers().location ?? "";
    // The not-found page keeps the app's header, in the reader's language.
    const m = messages[path.split("/")[1] as keyof typeof messages];
    const body = response.status() === 404 ? await response.text() : "";
    const page = body.includes(m.notFound.title) && body.includes(m.nav.mainNavigation) ? " page+header" : "";
    seen.push(`${c.who} ${path} → ${response.status()}${page}${c.to && c.to.test(location) ? " ✓" : ` ${location}`}`);
    wanted.push(`${c.who} ${path} → ${c.status}${c.status === 404 ? " page+header" : ""}${c.to ? " ✓" : " "}`);
  }
  // One comparison, so a failure lists every page that answers wrongly at once.
  expect(seen.map((line) => line.replace(/ $/, ""))).toEqual(wanted.map((line) => line.replace(/ $/, "")));
  for (const client of Object.values(clients)) await client.dispose();
});
