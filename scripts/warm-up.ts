/**
 * Loads every main page once, signed in as each kind of user, before the browser tests start.
 * A production Next.js server still loads and compiles each route's modules on its first
 * request; on a busy 2-core machine that first request took long enough to time out the first
 * test that happened to need it. Warming here makes each test's time its own work.
 */
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";

import { MAIN_PAGES } from "../tests/support/main-pages";
import { signInOverHttp } from "../tests/support/sign-in";

/**
 * Returns how many pages were loaded; a page that fails here fails again, visibly, in its test.
 * Several instances of the app share the database, so one sign-in per person serves them all
 * (and a second-factor code is used once).
 */
export async function warmUp(bases: string[]): Promise<number> {
  let loaded = 0;
  const load = async (path: string, cookie?: string) => {
    for (const base of bases) {
      await fetch(`${base}${path}`, cookie ? { headers: { cookie } } : {}).then((r) => r.arrayBuffer());
      loaded++;
    }
  };
  for (const path of ["/en/login", "/zh/login", "/ru/login"]) await load(path);
  for (const { account, paths } of MAIN_PAGES) {
    // The previous step's code: the codes the tests type later (from the current step on) stay unused.
    const cookie = await signInOverHttp(bases[0], account, DEMO_PASSWORD, { previous: true });
    for (const path of paths) await load(path, cookie);
    // A project page with its charts and thread, through the first project the list links to.
    const list = await (await fetch(`${bases[0]}/en/projects`, { headers: { cookie } })).text();
    const project = /href="\/en\/projects\/([0-9a-f-]{36})"/.exec(list)?.[1];
    if (project) await load(`/en/projects/${project}`, cookie);
  }
  return loaded;
}
