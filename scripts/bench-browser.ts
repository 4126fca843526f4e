/**
 * `npm run bench:browser` — what a browser transfers on a cold first visit (empty cache, own
 * cookies) to three pages of the demo installation: the Chinese project page of the Harbin
 * High-tech Park project (a Chinese partner signed in), the Russian project list (a Russian
 * partner) and the English login page. Debian's Chromium through Playwright; bytes as they
 * crossed the wire (compressed, with headers), counted by the DevTools protocol per resource type.
 * Goals: project page ≤ 450 KB in all, its JavaScript ≤ 200 KB, fonts of the Chinese page
 * ≤ 150 KB. The last line printed is one JSON object. `BENCH_SCREENSHOTS=dir` saves a
 * screenshot of each page there (the first 1280 × 800 px); `BENCH_VERBOSE=1` lists every request.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { chromium, type BrowserContext } from "@playwright/test";
import postgres from "postgres";

import { signInOverHttp } from "../tests/support/sign-in";
import { startBenchApp } from "./bench/app";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS;
const VERBOSE = !!process.env.BENCH_VERBOSE;
const HARBIN_TITLE = "哈尔滨中俄高新技术产业园智能制造联合项目";
const GOALS = { projectTotalKB: 450, projectJsKB: 200, zhFontsKB: 150 };
const say = (line: string) => process.stderr.write(`[bench:browser] ${line}\n`);

type Kind = "document" | "js" | "css" | "fonts" | "data" | "other";
type Visit = Record<Kind, number> & { total: number; requests: number; documentDecoded: number };

const kindOf: Record<string, Kind> = { Document: "document", Script: "js", Stylesheet: "css", Font: "fonts", Fetch: "data", XHR: "data" };
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Opens `url` in `context` and sums what crossed the wire until the page is loaded, its fonts are
 * ready and no request (other than an open event stream) has been in flight for a second.
 */
async function visit(context: BrowserContext, url: string, screenshot?: string): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A fresh context starts with an empty cache; the cache stays on, as in a real first visit
  // (a chunk preloaded in the <head> and then run is fetched once, not twice).
  await cdp.send("Network.enable");
  const types = new Map<string, Kind>();
  const urls = new Map<string, string>();
  const decoded = new Map<string, number>();
  const pending = new Set<string>();
  const totals: Visit = { document: 0, js: 0, css: 0, fonts: 0, data: 0, other: 0, total: 0, requests: 0, documentDecoded: 0 };
  let lastActivity = Date.now();
  cdp.on("Network.requestWillBeSent", (e) => {
    types.set(e.requestId, kindOf[e.type ?? ""] ?? "other");
    urls.set(e.requestId, e.request.url);
    if (e.type !== "EventSource") pending.add(e.requestId);
    lastActivity = Date.now();
  });
  cdp.on("Network.dataReceived", (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  const settle = (requestId: string) => {
    pending.delete(requestId);
    lastActivity = Date.now();
  };
  cdp.on("Network.loadingFinished", (e) => {
    const kind = types.get(e.requestId) ?? "other";
    totals[kind] += e.encodedDataLength;
    totals.total += e.encodedDataLength;
    totals.requests += 1;
    if (kind === "document") totals.documentDecoded += decoded.get(e.requestId) ?? 0;
    if (VERBOSE) say(`  ${kind.padEnd(8)} ${String(e.encodedDataLength).padStart(8)} B  ${urls.get(e.requestId)}`);
    settle(e.requestId);
  });
  cdp.on("Network.loadingFailed", (e) => settle(e.requestId));

  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  while (pending.size > 0 || Date.now() - lastActivity < 1_000) await page.waitForTimeout(100);
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.close();
  return totals;
}

async function harbinProjectId(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ project_id: string }[]>`SELECT project_id FROM project_texts WHERE title = ${HARBIN_TITLE} LIMIT 1`;
    if (!row) throw new Error("the demo data has no Harbin High-tech Park project");
    return row.project_id;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main() {
  const app = await startBenchApp({ say });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const [base] = app.bases;
    const projectId = await harbinProjectId(app.databaseUrl);
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
    const pages = [
      { name: "project", path: `/zh/projects/${projectId}`, user: "li.wei@hit.demo" },
      { name: "list", path: "/ru/projects", user: "ivan.petrov@fefu.demo" },
      { name: "login", path: "/en/login", user: undefined },
    ] as const;
    const figures: Record<string, Record<string, number>> = {};
    for (const p of pages) {
      // A context of its own per page: empty cache, only this user's cookie.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: p.path.slice(1, 3) });
      if (p.user) {
        const [name, value] = (await signInOverHttp(base, p.user)).split(/=(.*)/s);
        await context.addCookies([{ name, value, url: base }]);
      }
      const v = await visit(context, `${base}${p.path}`, SCREENSHOTS && path.join(SCREENSHOTS, `${p.name}.png`));
      await context.close();
      figures[p.name] = {
        totalKB: kb(v.total),
        jsKB: kb(v.js),
        fontsKB: kb(v.fonts),
        cssKB: kb(v.css),
        documentKB: kb(v.document),
        htmlDecodedKB: kb(v.documentDecoded),
        otherKB: kb(v.data + v.other),
        requests: v.requests,
      };
      say(
        `${p.name.padEnd(8)} ${kb(v.total)} KB in ${v.requests} requests: JS ${kb(v.js)} KB, fonts ${kb(v.fonts)} KB, CSS ${kb(v.css)} KB, ` +
          `document ${kb(v.document)} KB (${kb(v.documentDecoded)} KB decoded)`,
      );
    }
    const goalsMet = {
      projectTotal: figures.project.totalKB <= GOALS.projectTotalKB,
      projectJs: figures.project.jsKB <= GOALS.projectJsKB,
      zhFonts: figures.project.fontsKB <= GOALS.zhFontsKB,
    };
    say(`goals ${JSON.stringify(GOALS)} met: ${JSON.stringify(goalsMet)}`);
    process.stdout.write(`${JSON.stringify({ ...figures, goals: GOALS, goalsMet })}\n`);
  } catch (error) {
    say(`app output:\n${app.logTail()}`);
    throw error;
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
