/**
 * `npm run lint` checks the commit messages made since the formatting commit (issue 11): a subject
 * of at most 72 characters, then a blank line and a body that says why. A clone without that
 * history (shallow, or a source archive) cannot be checked and is skipped with a message.
 *
 * Usage: tsx scripts/check-commits.ts [revision]   (default HEAD)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The formatting-only commit; the rule holds for everything after it. */
export const BASE = "cdf456c";
export const MAX_SUBJECT = 72;

/** What is wrong with one commit message (empty when nothing). Merges need no body. */
export function checkMessage(message: string, merge = false): string[] {
  const lines = message.replace(/\s+$/, "").split("\n");
  const subject = lines[0] ?? "";
  const problems: string[] = [];
  if (subject.trim() === "") problems.push("the subject is empty");
  else if ([...subject].length > MAX_SUBJECT) problems.push(`the subject has ${[...subject].length} characters (at most ${MAX_SUBJECT})`);
  if (merge) return problems;
  if (lines.length > 1 && lines[1].trim() !== "") problems.push("the second line must be blank, separating the subject from the body");
  // Trailers (Co-authored-by: …) do not say why.
  const body = lines.slice(2).filter((line) => line.trim() !== "" && !/^[A-Za-z-]+: \S/.test(line));
  if (body.length === 0) problems.push("there is no body saying why");
  return problems;
}

type Commit = { hash: string; merge: boolean; message: string };

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The commits after BASE up to `revision`, or why they cannot be listed. */
export function commitsSince(cwd: string, revision = "HEAD"): { commits: Commit[] } | { skip: string } {
  try {
    git(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch {
    return { skip: "not a git checkout" };
  }
  try {
    git(["cat-file", "-e", `${BASE}^{commit}`], cwd);
  } catch {
    return { skip: `commit ${BASE} is not in this clone (shallow or partial history)` };
  }
  try {
    git(["merge-base", "--is-ancestor", BASE, revision], cwd);
  } catch {
    return { skip: `${revision} does not descend from ${BASE}` };
  }
  const log = git(["log", "--format=%H%x00%P%x00%B%x1e", `${BASE}..${revision}`], cwd);
  const commits = log
    .split("\x1e")
    .map((entry) => entry.replace(/^\n/, ""))
    .filter((entry) => entry.trim() !== "")
    .map((entry) => {
      const [hash, parents, message] = entry.split("\x00");
      return { hash, merge: parents.trim().split(" ").length > 1, message };
    });
  return { commits };
}

function main() {
  const root = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
  const revision = process.argv[2] ?? "HEAD";
  const listed = commitsSince(root, revision);
  if ("skip" in listed) {
    console.log(`Commit messages not checked: ${listed.skip}.`);
    return;
  }
  let bad = 0;
  for (const commit of listed.commits) {
    const problems = checkMessage(commit.message, commit.merge);
    if (problems.length === 0) continue;
    bad++;
    console.error(`${commit.hash.slice(0, 10)} ${commit.message.split("\n")[0]}`);
    for (const problem of problems) console.error(`  - ${problem}`);
  }
  if (bad > 0) {
    console.error(
      `\n${bad} of ${listed.commits.length} commit messages since ${BASE} break the rule (README, "Contributing"). ` +
        "Reword them (git rebase -i, reword) before they land.",
    );
    process.exit(1);
  }
  console.log(`Commit messages: ${listed.commits.length} since ${BASE}, each with a short subject and a body.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
