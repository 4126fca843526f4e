import { encode } from "next-auth/jwt";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { createPersonalToken, revokeToken } from "@/lib/api-tokens/service";

import { openApiDocumentProblems } from "../support/openapi-contract";
import { api, contractProblems } from "./helpers/api";
import { createUser, resetDb, testDb } from "./helpers/db";

describe("/api/v1 refusals", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("answers 401 with the reason for a missing, unknown, expired or revoked token", async () => {
    const partner = await createUser();
    const { secret, token } = await createPersonalToken(partner, { name: "t", scope: "READ", lifetimeDays: 7 });
    expect(await api("GET", "/token")).toMatchObject({ status: 401, body: { error: { code: "tokenMissing" } } });
    expect(await api("GET", "/token", { token: `syn_pat_${"x".repeat(43)}` })).toMatchObject({
      status: 401,
      body: { error: { code: "tokenInvalid" } },
    });
    // A token in the query string is never read.
    expect(await api("GET", `/token?access_token=${secret}`)).toMatchObject({ status: 401, body: { error: { code: "tokenMissing" } } });
    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 401, body: { error: { code: "tokenExpired" } } });
    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 200 });
    await revokeToken(partner, { id: token.id });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 401, body: { error: { code: "tokenRevoked" } } });
  });

  it("does not accept the app's session cookie: no CSRF surface", async () => {
    const partner = await createUser();
    const session = await encode({
      token: { uid: partner.id, sv: partner.sessionVersion, sub: partner.id },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const cookie = `next-auth.session-token=${session}; __Secure-next-auth.session-token=${session}`;
    const refused = await api("GET", "/token", { headers: { cookie } });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: "tokenMissing" } } });
  });

  it("answers 429 with Retry-After past the token's limit, exactly, under parallel requests", async () => {
    const partner = await createUser();
    const { secret, token } = await createPersonalToken(partner, { name: "t", scope: "READ", lifetimeDays: 7 });
    await testDb().apiToken.update({ where: { id: token.id }, data: { rateLimit: 3 } });
    const responses = await Promise.all(Array.from({ length: 12 }, () => api("GET", "/token", { token: secret })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, ...Array(9).fill(429)]);
    const limited = responses.find((r) => r.status === 429)!;
    expect(limited.body).toMatchObject({ error: { code: "apiRateLimited", values: { seconds: expect.any(Number) } } });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Other tokens of the same person have their own window.
    const other = await createPersonalToken(partner, { name: "u", scope: "READ", lifetimeDays: 7 });
    expect(await api("GET", "/token", { token: other.secret })).toMatchObject({ status: 200 });
  });

  it("serves a valid OpenAPI 3.1 document without a token", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = GET();
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(openApiDocumentProblems(doc)).toEqual([]);
    const operations = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    expect(operations).toEqual(
      expect.arrayContaining(["getToken", "getProject", "getEvidence", "createEvidence", "replaceEvidence", "listIndicators"]),
    );
  });
});
