import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingHttpHeaders } from "node:http";

import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

import { getEnv } from "@/lib/env";

/**
 * Who is on the other end of a request: the one rule for the client address (sign-in
 * throttling), the host and the scheme (cross-site checks, links we hand out).
 *
 * X-Forwarded-For/-Host/-Proto are written by whoever sends the request, so they count only for
 * the TRUST_PROXY reverse proxies the operator declares: with 0 (default) the socket is the
 * client; with N the client is the address N hops from the right of [X-Forwarded-For…, socket]
 * (Express's "trust proxy" count, computed by its own library), and host and scheme are the
 * entry the outermost trusted proxy wrote.
 *
 * Next.js does not give route handlers the socket (NextRequest.ip is gone since Next 15) and only
 * fills X-Forwarded-For from the socket when the client sent none, so the socket is read by our
 * own HTTP front (scripts/serve.ts), which resolves the client here, rewrites the forwarded
 * headers Next itself reads (its server-action origin check) and hands the result to the app
 * through AsyncLocalStorage, a channel no client can write to.
 */
export type RequestClient = { address: string; host: string | null; proto: "http" | "https" };

/** What the front knows of a request: Node's IncomingMessage satisfies it. */
export type RawRequest = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string; encrypted?: boolean } };

/** When the app runs without our front (`next dev`), the socket is unknown and so is the client. */
export const UNKNOWN_ADDRESS = "unknown";

/** IPv4-mapped IPv6 (::ffff:1.2.3.4, what a dual-stack socket reports) as plain IPv4. */
export function normalizeAddress(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return UNKNOWN_ADDRESS;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  }
  return parsed.toString();
}

function entries(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The entry the outermost of `hops` trusted proxies wrote (each appends or overwrites). */
function fromTrustedProxies(value: string | string[] | undefined, hops: number): string | undefined {
  const list = entries(value);
  return list.length ? list[Math.max(0, list.length - hops)] : undefined;
}

export function resolveClient(req: RawRequest, trustProxy: number): RequestClient {
  const socketProto = req.socket.encrypted ? "https" : "http";
  const host = entries(req.headers.host)[0] ?? null;
  if (trustProxy === 0) return { address: normalizeAddress(req.socket.remoteAddress), host, proto: socketProto };
  // proxy-addr walks [socket, …X-Forwarded-For from the right] and stops after `trustProxy` hops.
  const address = proxyaddr(req as never, (_addr, hop) => hop < trustProxy);
  const proto = fromTrustedProxies(req.headers["x-forwarded-proto"], trustProxy)?.toLowerCase();
  return {
    address: normalizeAddress(address),
    host: fromTrustedProxies(req.headers["x-forwarded-host"], trustProxy) ?? host,
    proto: proto === "https" || proto === "http" ? proto : socketProto,
  };
}

// One store per process, shared by the front and the app's bundled copy of this module.
const STORE_KEY = Symbol.for("synergia.request-client");
const globalStore = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestClient> | undefined>;
const store = (globalStore[STORE_KEY] ??= new AsyncLocalStorage<RequestClient>());

/** For the front: runs the rest of the request with its resolved client. */
export function runWithClient<T>(client: RequestClient, fn: () => T): T {
  return store.run(client, fn);
}

/**
 * The client of the request being handled. Without our front the socket is unknown: the address
 * is UNKNOWN_ADDRESS (throttling then treats every client as one, failing closed) unless trusted
 * proxies name it; the host is the Host header, never a client's X-Forwarded-Host.
 */
export function requestClient(headers: Headers): RequestClient {
  const known = store.getStore();
  if (known) return known;
  const trustProxy = getEnv().TRUST_PROXY;
  const raw: IncomingHttpHeaders = Object.fromEntries(headers.entries());
  if (trustProxy === 0) return { address: UNKNOWN_ADDRESS, host: entries(raw.host)[0] ?? null, proto: "http" };
  // The nearest proxy is the unknown socket; Next did not append it to X-Forwarded-For.
  return resolveClient({ headers: raw, socket: { remoteAddress: UNKNOWN_ADDRESS } }, trustProxy);
}

/** A cross-site request carries an Origin other than the host it was sent to. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const { host } = requestClient(request.headers);
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** scheme://host of the request as the client addressed it. */
export function requestOrigin(headers: Headers): string {
  const { host, proto } = requestClient(headers);
  return `${proto}://${host ?? "localhost"}`;
}

/**
 * For the front, before Next sees the request: resolves the client and replaces the forwarded
 * headers with what was resolved, so Next's own checks (the server-action origin check reads
 * X-Forwarded-Host) and every reader agree and no client-written value survives.
 */
export function prepareRequest(req: RawRequest, trustProxy: number): RequestClient {
  const client = resolveClient(req, trustProxy);
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
  req.headers["x-forwarded-for"] = client.address;
  req.headers["x-forwarded-proto"] = client.proto;
  if (client.host) req.headers["x-forwarded-host"] = client.host;
  else delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-port"];
  return client;
}
