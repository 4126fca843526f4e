import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Server actions called as a script would call them: by the id the production build gave them
 * (.next/server/server-reference-manifest.json), with React's reply encoding, against a page
 * that imports them. Used by the security probes and `npm run bench:reliability`.
 */
export type ActionRef = { id: string; name: string; file: string; path: string };

type Worker = { exportedName?: string; filename?: string };
type Manifest = { node: Record<string, { workers: Record<string, Worker>; exportedName?: string; filename?: string }> };

/** The page path a worker key (`app/[locale]/(app)/projects/page`) is served at; dynamic ids get `id`. */
function pagePath(worker: string, id: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s === "[locale]" ? "en" : s.startsWith("[") ? id : s));
  return `/${segments.join("/")}`;
}

/** Every server action of the build, each with the page least dependent on ids that imports it. */
export function serverActions(root: string, placeholderId = "00000000-0000-4000-8000-000000000000"): ActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const workers = Object.entries(entry.workers).filter(([key]) => key.endsWith("/page"));
      workers.sort(([a], [b]) => a.split("[").length - b.split("[").length || a.length - b.length);
      const [key, worker] = workers[0] ?? Object.entries(entry.workers)[0];
      const name = entry.exportedName ?? worker.exportedName ?? id;
      const file = entry.filename ?? worker.filename ?? "";
      return { id, name, file, path: pagePath(key, placeholderId) };
    })
    .sort((a, b) => `${a.file}${a.name}`.localeCompare(`${b.file}${b.name}`));
}

/** React's reply encoding of plain JSON arguments: a string that starts with `$` is escaped as `$$`. */
export function encodeReply(args: unknown[]): string {
  const escape = (value: unknown): unknown => {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v)]));
    return value;
  };
  return JSON.stringify(escape(args));
}

export type ActionAnswer = { status: number; body: string; serverError?: string; validationErrors: boolean; ok: boolean };

/** What a next-safe-action result in a server action's answer says. */
export function readActionAnswer(status: number, body: string): ActionAnswer {
  const serverError = /"serverError":\{"code":"([^"]+)"/.exec(body)?.[1];
  const validationErrors = body.includes('"validationErrors":');
  return { status, body, serverError, validationErrors, ok: status < 400 && !serverError && !validationErrors };
}

/** Calls `action` with `args` as the signed-in user of `cookie` (any fetch: the global one or undici's). */
export async function callAction(
  baseUrl: string,
  action: ActionRef,
  args: unknown[],
  cookie: string | undefined,
  init: { body?: string; fetch?: typeof fetch } = {},
): Promise<ActionAnswer> {
  const response = await (init.fetch ?? fetch)(`${baseUrl}${action.path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      accept: "text/x-component",
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      origin: baseUrl,
      ...(cookie ? { cookie } : {}),
    },
    body: init.body ?? encodeReply(args),
  });
  return readActionAnswer(response.status, await response.text());
}

/** The action called `name` (its exported name), from the file whose path ends with `file`. */
export function findAction(actions: ActionRef[], file: string, name: string): ActionRef {
  const found = actions.find((a) => a.name === name && a.file.endsWith(file));
  if (!found) throw new Error(`No server action ${name} from ${file} in the build's manifest`);
  return found;
}
