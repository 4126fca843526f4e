/**
 * Profiles one route of a held bench server (`BENCH_HOLD=1 BENCH_INSPECT=1 npm run bench:web`):
 * attaches to the instance's inspector, records a CPU profile while autocannon drives the route,
 * writes it (for Chrome DevTools) and prints the functions with the most self time, and the
 * files with the most time on the stack (total), as a first look at where the CPU goes.
 *   node --experimental-websocket --import tsx scripts/bench/profile-route.ts \
 *     --inspector ws://127.0.0.1:PORT/ID --url http://127.0.0.1:PORT/en/forbidden --cookie '…' [--seconds 15] [--out file]
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

import autocannon from "autocannon";

import { connectInspector } from "./inspector";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const { values } = parseArgs({
  options: {
    inspector: { type: "string" },
    url: { type: "string" },
    cookie: { type: "string" },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "4" },
    out: { type: "string" },
    top: { type: "string", default: "30" },
  },
});
if (!values.inspector || !values.url) throw new Error("--inspector and --url are required");

const inspector = await connectInspector(values.inspector);
const send = inspector.send;
await send("Profiler.enable");
await send("Profiler.setSamplingInterval", { interval: 200 });
await send("Profiler.start");
const result = await autocannon({
  url: values.url,
  headers: values.cookie ? { cookie: values.cookie } : undefined,
  connections: Number(values.connections),
  duration: Number(values.seconds),
});
const { profile } = await send<{ profile: Profile }>("Profiler.stop");
inspector.close();
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

const requests = result.requests.total;
const totalMs = (profile.endTime - profile.startTime) / 1000;
const sampleMs = new Map<number, number>();
profile.samples.forEach((id, i) => sampleMs.set(id, (sampleMs.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const short = (url: string) => url.replace(/^.*\/(node_modules|\.next)\//, "$1/").replace(/^file:\/\/.*\/wt-[^/]+\//, "");
const self = new Map<string, number>();
const fileTotal = new Map<string, number>();
let idle = 0;
// Total time per file: a sample counts once for each distinct file on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const [id, ms] of sampleMs) {
  const node = byId.get(id)!;
  const name = node.callFrame.functionName || "(anonymous)";
  if (name === "(idle)") {
    idle += ms;
    continue;
  }
  const key = `${name} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + ms);
  const files = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) files.add(short(byId.get(at)!.callFrame.url) || "(native)");
  for (const f of files) fileTotal.set(f, (fileTotal.get(f) ?? 0) + ms);
}
const busy = totalMs - idle;
const perRequest = (ms: number) => (ms / Math.max(1, requests)).toFixed(2);
console.log(
  `${requests} requests, ${(busy / Math.max(1, requests)).toFixed(1)} ms busy a request (profiled), p95 ${result.latency.p97_5} ms (p97.5)`,
);
console.log("\nself time, ms a request:");
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${perRequest(ms).padStart(7)}  ${key}`);
console.log("\ntotal time by file, ms a request:");
for (const [key, ms] of [...fileTotal].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${perRequest(ms).padStart(7)}  ${key}`);
