/**
 * CPU time from Linux's /proc, to tell where a benchmark's cycles went: per process (an app
 * instance, PostgreSQL with all its backends) and for the whole machine (which other work on a
 * shared machine shares too).
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

/** CPU seconds used so far by `pid` and every process below it. */
export function treeCpuSeconds(pid: number): number {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => [Number(name), stat(Number(name))] as const)
    .filter((entry): entry is readonly [number, Stat] => entry[1] !== undefined);
  const children = new Map<number, number[]>();
  for (const [child, s] of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), child]);
  const byPid = new Map(all);
  let total = 0;
  const walk = (p: number) => {
    total += byPid.get(p)?.seconds ?? 0;
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

/** The machine's busy and total CPU seconds so far, over all cores. */
export function machineCpuSeconds(): { busy: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0) / TICKS;
  const idle = (cpu[3] + (cpu[4] ?? 0)) / TICKS;
  return { busy: total - idle, total };
}
