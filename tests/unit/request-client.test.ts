import { describe, expect, it } from "vitest";

import { normalizeAddress, prepareRequest, resolveClient, type RawRequest } from "@/lib/http/request-client";

const request = (headers: RawRequest["headers"], remoteAddress = "203.0.113.7", encrypted = false): RawRequest => ({
  headers: { host: "synergia.example.org", ...headers },
  socket: { remoteAddress, encrypted },
});

const forged = {
  "x-forwarded-for": "1.1.1.1, 2.2.2.2",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
};

describe("the client of a request (TRUST_PROXY)", () => {
  it("without trusted proxies takes the socket and the Host header, whatever the client forwards", () => {
    expect(resolveClient(request(forged), 0)).toEqual({ address: "203.0.113.7", host: "synergia.example.org", proto: "http" });
  });

  it("behind one proxy takes the right-most forwarded address and the proxy's host and scheme", () => {
    // The client forged 1.1.1.1; our proxy appended the address it saw (2.2.2.2) and set host and scheme.
    const behindProxy = request(
      { ...forged, "x-forwarded-host": "evil.example, synergia.example.org", "x-forwarded-proto": "https" },
      "10.0.0.2",
    );
    expect(resolveClient(behindProxy, 1)).toEqual({ address: "2.2.2.2", host: "synergia.example.org", proto: "https" });
  });

  it("behind two proxies counts two hops from the right", () => {
    const twoHops = request({ "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.9" }, "10.0.0.2");
    expect(resolveClient(twoHops, 2).address).toBe("198.51.100.4");
    // Fewer forwarded entries than hops: the left-most one.
    expect(resolveClient(request({ "x-forwarded-for": "198.51.100.4" }, "10.0.0.2"), 3).address).toBe("198.51.100.4");
  });

  it("reports an IPv4 client of a dual-stack socket as IPv4, and nonsense as unknown", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:0db8::0001")).toBe("2001:db8::1");
    expect(normalizeAddress("not-an-address")).toBe("unknown");
    expect(resolveClient(request({ "x-forwarded-for": "<script>" }, "10.0.0.2"), 1).address).toBe("unknown");
  });

  it("rewrites the forwarded headers Next reads, so no client-written value reaches the app", () => {
    const req = request({ ...forged, "x-real-ip": "5.5.5.5", forwarded: "for=5.5.5.5", "x-forwarded-port": "1" }, "203.0.113.7", true);
    expect(prepareRequest(req, 0)).toEqual({ address: "203.0.113.7", host: "synergia.example.org", proto: "https" });
    expect(req.headers).toMatchObject({
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "synergia.example.org",
      "x-forwarded-proto": "https",
    });
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.headers["x-forwarded-port"]).toBeUndefined();
  });
});
