import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { BASE, checkMessage, commitsSince } from "@/scripts/check-commits";

const why = "Subject\n\nThe reason this change was needed.\n";

describe("commit message rule", () => {
  it.each([
    ["a short subject and a body", why, []],
    ["72 characters exactly", `${"x".repeat(72)}\n\nWhy.`, []],
    ["73 characters", `${"x".repeat(73)}\n\nWhy.`, ["the subject has 73 characters (at most 72)"]],
    ["72 Chinese characters", `${"中".repeat(72)}\n\n原因。`, []],
    ["no body", "Fix the thing\n", ["there is no body saying why"]],
    ["only a trailer", "Fix the thing\n\nCo-authored-by: A <a@example.test>\n", ["there is no body saying why"]],
    [
      "no blank second line",
      "Fix the thing\nbecause it broke\n\nMore.",
      ["the second line must be blank, separating the subject from the body"],
    ],
    ["an empty message", "", ["the subject is empty", "there is no body saying why"]],
  ])("%s", (_what, message, problems) => {
    expect(checkMessage(message)).toEqual(problems);
  });

  it("asks a merge only for a short subject", () => {
    expect(checkMessage("Merge branch 'integrity'", true)).toEqual([]);
    expect(checkMessage(`Merge ${"x".repeat(70)}`, true)).toHaveLength(1);
  });
});

describe("commits to check", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "synergia-commits-"));
    dirs.push(dir);
    return dir;
  };

  it("skips, saying why, outside a checkout and in a clone without the formatting commit", () => {
    expect(commitsSince(scratch())).toEqual({ skip: "not a git checkout" });
    const repo = scratch();
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
    git("init", "-q");
    git("-c", "user.name=T", "-c", "user.email=t@example.test", "commit", "-q", "--allow-empty", "-m", "Only commit");
    expect(commitsSince(repo)).toEqual({ skip: `commit ${BASE} is not in this clone (shallow or partial history)` });
  });
});
