import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { expandNamespaces, pickMessages, SHELL_NAMESPACES, type Messages } from "@/lib/i18n/client-messages";
import { messagesByLocale } from "@/lib/i18n/messages";

/**
 * Pages send only the messages their client components read (lib/i18n/client-messages.ts). This
 * walks the import graph from every page, layout and boundary file, finds the client components
 * it renders and the message keys they read, and checks that the route sends them: a missing
 * namespace would show a raw key such as "comments.reply" to the user.
 */
const ROOT = process.cwd();
const APP = path.join(ROOT, "app", "[locale]");

/**
 * Client files whose keys are computed; what they read, said by hand. The error-text hooks pass
 * their callers' feature through: a form that calls useErrorText("projects"), or a form hook
 * with `feature: "projects"`, reads the `forms.projects` group (see below).
 */
const DYNAMIC_KEYS: Record<string, string[]> = {
  "components/forms/use-error-text.ts": [],
};
const PASS_THROUGH = new Set([
  "components/forms/use-error-text.ts",
  "components/forms/use-refusal-text.ts",
  "components/forms/use-action-form.ts",
  "components/forms/use-action-button.ts",
]);

const read = (file: string) => readFileSync(file, "utf8");
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

const importCache = new Map<string, string[]>();
/** Runtime imports only: `import type` brings no code along. */
function importsOf(file: string): string[] {
  let found = importCache.get(file);
  if (!found) {
    const text = read(file).replace(/^\s*(import|export)\s+type\s[^;]*;/gm, "");
    found = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((f) => resolve(file, f.fileName))
      .filter((f): f is string => !!f);
    importCache.set(file, found);
  }
  return found;
}

const isClient = (file: string) => /^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use client["']/.test(read(file));

/** The client files a route file renders: client boundaries reached through server files, and all they import. */
function clientFilesOf(entry: string): Set<string> {
  const client = new Set<string>();
  const seenServer = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const clientSide = inClient || isClient(file);
    if (clientSide) {
      if (client.has(file)) return;
      client.add(file);
    } else {
      if (seenServer.has(file)) return;
      seenServer.add(file);
    }
    for (const next of importsOf(file)) visit(next, clientSide);
  };
  visit(entry, false);
  return client;
}

type Need = { file: string; path: string };

/** Message paths a client file reads: `useTranslations("ns")` bound to a name, then `name("key")`. */
function needsOf(file: string): Need[] {
  // Comments may name hooks and keys too; only code counts.
  const text = read(file).replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, "$1");
  const needs: Need[] = (DYNAMIC_KEYS[rel(file)] ?? []).flatMap((ns) => expandNamespaces([ns]).map((p) => ({ file: rel(file), path: p })));
  // useErrorText("feature") reads the core and that feature's error messages, and so does a form
  // hook given `feature: "…"`; with a feature known only at run time, every feature's.
  if (!PASS_THROUGH.has(rel(file))) {
    const groups: string[] = [];
    for (const [, arg] of text.matchAll(/(?<!function\s+)\buseErrorText\(([^)]*)\)/g)) {
      const feature = arg.trim().match(/^["'](\w+)["']$/)?.[1];
      groups.push(arg.trim() === "" ? "forms" : feature ? `forms.${feature}` : "forms.all");
    }
    if (/\buse(ActionForm|ActionButton|RefusalText)\(/.test(text)) {
      const features = [...text.matchAll(/\bfeature:\s*["'](\w+)["']/g)].map((m) => m[1]);
      groups.push(...(features.length ? features.map((f) => `forms.${f}`) : ["forms"]));
    }
    needs.push(...expandNamespaces(groups).map((p) => ({ file: rel(file), path: p })));
  }
  for (const binding of text.matchAll(/const\s+(\w+)\s*=\s*useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)) {
    const [, name, ns = ""] = binding;
    const calls = new RegExp(`\\b${name}(?:\\.(?:rich|markup|has|raw))?\\(\\s*(["'\`]?)([^"'\`),]*)`, "g");
    for (const [, quote, arg] of text.matchAll(calls)) {
      let key: string;
      if (!quote) {
        if (!ns && !DYNAMIC_KEYS[rel(file)]) throw new Error(`${rel(file)}: ${name}(${arg}) reads a computed key; list it in DYNAMIC_KEYS`);
        key = "";
      } else if (quote === "`" && arg.includes("${")) {
        // `projects.stages.s${n}`: everything under the last complete segment.
        key = arg.slice(0, arg.indexOf("${")).split(".").slice(0, -1).join(".");
      } else key = arg;
      const full = [ns, key].filter(Boolean).join(".");
      if (full) needs.push({ file: rel(file), path: full });
    }
  }
  return needs;
}

/**
 * Namespaces a route file sends with `<ClientMessages ns={…}>`: string literals, and constants
 * (`FORM_MESSAGES`, `...FORM_MESSAGES`) that the file imports from a module exporting them as a
 * literal list, so two pages of one form can share its list.
 */
function sentBy(file: string): string[] {
  const text = read(file);
  return [...text.matchAll(/<ClientMessages\s+ns=\{([^}]*)\}/g)].flatMap(([, expr]) => [
    ...quoted(expr),
    ...[...expr.replace(/["'][^"']*["']/g, "").matchAll(/\b([A-Z][A-Z0-9_]*)\b/g)].flatMap(([, name]) => listOf(file, text, name)),
  ]);
}

const quoted = (text: string) => [...text.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);

/** The strings of `export const NAME = [ … ] as const` in the module `file` imports NAME from. */
function listOf(file: string, text: string, name: string): string[] {
  const from = text.match(new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`))?.[1];
  const source = from && resolve(file, from);
  const list = source && read(source).match(new RegExp(`export const ${name}\\s*=\\s*\\[([^\\]]*)\\]\\s*as const`))?.[1];
  if (!list) throw new Error(`${rel(file)}: cannot read the namespaces of ${name}`);
  return quoted(list);
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|layout|error|loading|not-found)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

/** What reaches a route file's client components: the root's shell set plus every layout above and the file itself. */
function sentTo(file: string): string[] {
  const sent = [...SHELL_NAMESPACES, ...sentBy(file)];
  // error.tsx and loading.tsx of a folder render inside that folder's layout; a layout inside its parent's.
  for (let dir = path.dirname(file); dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file && existsSync(layout)) sent.push(...sentBy(layout));
  }
  return expandNamespaces(sent);
}

const covered = (need: string, sent: string[]) => sent.some((s) => need === s || need.startsWith(`${s}.`));

/** Whether a message path exists (a feature without a `validation` sub-namespace needs none). */
const exists = (path: string) =>
  path
    .split(".")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Messages)[key] : undefined), messagesByLocale.en) !==
  undefined;

describe("messages sent to the browser", () => {
  const files = routeFiles(APP);

  it.each(files.map((f) => [rel(f), f]))("%s sends every message its client components read", (_, file) => {
    const sent = sentTo(file);
    const missing = [...clientFilesOf(file)]
      .flatMap(needsOf)
      .filter((n) => exists(n.path) && !covered(n.path, sent))
      .map((n) => `${n.file}: ${n.path}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("reads a form's shared list through its constant (project edit sends the form's and its own)", () => {
    const edit = sentBy(path.join(APP, "(app)", "projects", "[id]", "edit", "page.tsx"));
    expect(edit).toEqual(expect.arrayContaining(["projects.fields", "forms.projects", "projects.text"]));
  });

  it("the walk finds client components (a project page renders the discussion)", () => {
    const page = path.join(APP, "(app)", "projects", "[id]", "(overview)", "page.tsx");
    const needs = [...clientFilesOf(page)].flatMap(needsOf).map((n) => n.path);
    expect(needs).toContain("comments.empty");
  });

  it("picks subtrees by dotted path and leaves the rest out", () => {
    const en = messagesByLocale.en as unknown as Messages;
    const picked = pickMessages(en, ["nav.signOut", "languages"]);
    expect(picked).toEqual({ nav: { signOut: (en.nav as Messages).signOut }, languages: en.languages });
    expect(JSON.stringify(pickMessages(en, SHELL_NAMESPACES)).length).toBeLessThan(JSON.stringify(en).length / 20);
  });
});
