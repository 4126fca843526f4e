/**
 * A small round-robin load balancer for the scale-out benchmark: each incoming connection goes
 * to the next app instance in turn and its bytes are piped both ways unchanged (HTTP keep-alive,
 * server-sent events and all). Balancing connections rather than parsing requests keeps the
 * balancer's own CPU use out of the figures; the benchmark's clients keep their connections
 * open, so requests split evenly. Loopback only.
 */
import net from "node:net";

export type RoundRobin = {
  url: string;
  /** Replaces the instances new connections go to (e.g. one, then two, in the same run). */
  use: (targets: string[]) => void;
  close: () => Promise<void>;
};

export async function startRoundRobin(targets: string[]): Promise<RoundRobin> {
  let upstreams = targets.map((t) => new URL(t));
  let turn = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const target = upstreams[turn++ % upstreams.length];
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.once("close", () => sockets.delete(socket));
      socket.once("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (next) => {
      upstreams = next.map((t) => new URL(t));
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
