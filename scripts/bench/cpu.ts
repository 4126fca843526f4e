/**
 * CPU time from Linux's /proc, to tell where a benchmark's cycles went: per process (an app
 * instance, PostgreSQL with all its backends) and for the whole machine (which other work on a
 * shared machine shares too). Also an instance's resident memory, to see it grow under load.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
const TICKS = 100;

type Stat = { ppid: number; seconds: number };

function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return undefined;
  }
}

/** `pid` and every process below it, with their CPU seconds so far. */
function treeOf(pid: number): { pid: number; seconds: number }[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => [Number(name), stat(Number(name))] as const)
    .filter((entry): entry is readonly [number, Stat] => entry[1] !== undefined);
  const children = new Map<number, number[]>();
  for (const [child, s] of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), child]);
  const byPid = new Map(all);
  const tree: { pid: number; seconds: number }[] = [];
  const walk = (p: number) => {
    tree.push({ pid: p, seconds: byPid.get(p)?.seconds ?? 0 });
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return tree;
}

/** CPU seconds used so far by `pid` and every process below it. */
export function treeCpuSeconds(pid: number): number {
  return treeOf(pid).reduce((total, p) => total + p.seconds, 0);
}

/** Resident memory (MB) of `pid` and every process below it. */
export function treeResidentMB(pid: number): number {
  const kB = treeOf(pid).reduce((total, p) => {
    try {
      return total + Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return total;
    }
  }, 0);
  return Math.round(kB / 1024);
}

/** The machine's busy and total CPU seconds so far, over all cores. */
export function machineCpuSeconds(): { busy: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0) / TICKS;
  const idle = (cpu[3] + (cpu[4] ?? 0)) / TICKS;
  return { busy: total - idle, total };
}
