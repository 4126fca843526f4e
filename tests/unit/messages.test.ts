import { describe, expect, it } from "vitest";

import { messagesByLocale } from "@/lib/i18n/messages";

const { en, zh, ru } = messagesByLocale;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Top-level ICU argument names: {name}, {count, plural, …}. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(message.slice(i + 1).match(/^\s*(\w+)/)?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  names.delete("");
  return [...names].sort();
}

const base = flatten(en as Tree);

describe.each([
  ["zh", zh],
  ["ru", ru],
])("messages/%s.json", (_locale, messages) => {
  const other = flatten(messages as Tree);
  it("has exactly the keys of en.json", () => {
    expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
  });
  it("has no empty values", () => {
    expect([...other].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });
  it("keeps every placeholder of the English message", () => {
    const mismatched = [...base]
      .filter(([k, v]) => other.has(k) && placeholders(v).join() !== placeholders(other.get(k)!).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});

it("en.json has no empty values", () => {
  expect([...base].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
});
