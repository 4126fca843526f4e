/**
 * A small round-robin HTTP proxy for the scale-out benchmark and the two-instance browser test:
 * each request goes to the next app instance in turn, headers (Host included) and bodies passed
 * through unchanged, responses streamed back (server-sent events too). Loopback only.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobin = {
  url: string;
  /** Replaces the instances requests go to (e.g. one, then two, in the same run). */
  use: (targets: string[]) => void;
  close: () => Promise<void>;
};

export async function startRoundRobin(targets: string[]): Promise<RoundRobin> {
  let upstreams = targets.map((t) => new URL(t));
  let turn = 0;
  // Kept-alive connections to the instances, as a real load balancer keeps them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const target = upstreams[turn++ % upstreams.length];
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (next) => {
      upstreams = next.map((t) => new URL(t));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
