import { beforeEach, describe, expect, it } from "vitest";

import { createWalkTokens } from "@/scripts/api-walk/tokens";
import { walkApi } from "@/scripts/api-walk/walk";

import { routeFetch } from "./helpers/api";
import { resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld } from "./helpers/evidence";

describe("npm run api:walk", () => {
  beforeEach(resetDb);

  it("creates two tokens, walks the API through its document and revokes them", async () => {
    await createCatalog();
    const w = await createProjectWorld();
    const { email } = await testDb().user.findUniqueOrThrow({ where: { id: w.ru.id } });
    const tokens = await createWalkTokens(email);
    const lines: string[] = [];
    const result = await walkApi({ baseUrl: "http://localhost", ...tokens, fetch: routeFetch, say: (l) => lines.push(l) });
    await tokens.revoke();

    expect(result.problems).toEqual([]);
    expect(result.projectId).toBe(w.project.id);
    expect(result.steps.map((s) => `${s.operationId} ${s.status}`)).toEqual([
      "getToken 200",
      "listProjects 200",
      "getProject 200",
      "listProjectEvidence 200",
      "listProjectScores 200",
      "listIndicators 200",
      "createEvidence 201",
      "getEvidence 200",
      "replaceEvidence 200",
      "replaceEvidence 412",
      "createEvidence 403",
    ]);
    // The draft it entered carries the first change, not the refused one, and names its author.
    const draft = await testDb().evidence.findUniqueOrThrow({ where: { id: result.evidenceId } });
    expect(draft).toMatchObject({ status: "DRAFT", version: 2, organizationId: w.ru.organizationId, submittedById: w.ru.id });
    expect(await testDb().evidence.count()).toBe(1);
    // Created and revoked as on /account: audited, and no longer accepted.
    const tokenRows = await testDb().apiToken.findMany({ where: { userId: w.ru.id } });
    expect(tokenRows.map((t) => t.scope).sort()).toEqual(["READ", "READ_WRITE"]);
    expect(tokenRows.every((t) => t.revokedAt !== null && t.lastUsedAt !== null)).toBe(true);
    expect(await testDb().auditLog.count({ where: { action: { in: ["apiToken.create", "apiToken.revoke"] } } })).toBe(4);
    const after = await routeFetch("/api/v1/token", { headers: { authorization: `Bearer ${tokens.readWrite}` } });
    expect(after.status).toBe(401);
  });

  it("stops, saying why, when the owner's organization has joined no project", async () => {
    await createCatalog();
    const w = await createProjectWorld();
    const { email } = await testDb().user.findUniqueOrThrow({ where: { id: w.outsider.id } });
    const tokens = await createWalkTokens(email);
    await expect(walkApi({ baseUrl: "http://localhost", ...tokens, fetch: routeFetch })).rejects.toThrow(/joined no active project/);
    expect(await testDb().evidence.count()).toBe(0);
  });
});
