import { execFileSync } from "node:child_process";

import { expect, test } from "@playwright/test";

import { messages, signedInPage, unique } from "./support";

type TokenWords = Record<"name" | "scope" | "create" | "never" | "revokeNamed" | "revokeConfirm" | "revokedBy", string> & {
  scopes: Record<string, string>;
  status: Record<string, string>;
};
const t = (messages as unknown as Record<"en", { apiTokens: TokenWords }>).en;
const docsRu = (messages as unknown as Record<"ru", { apiDocs: { title: string; operations: Record<string, string> } }>).ru.apiDocs;

test("a partner creates a token on /account, sees it once, uses it, and revokes it", async ({ browser, request }) => {
  const page = await signedInPage(browser, "olga.ivanova@rugrid.demo");
  await page.goto("/en/account");
  const name = unique("Data import");
  const form = page.getByTestId("create-token-form");
  await form.getByLabel(t.apiTokens.name).fill(name);
  await form.getByLabel(t.apiTokens.scope).selectOption("READ_WRITE");
  await form.getByRole("button", { name: t.apiTokens.create }).click();
  const secret = await page.getByTestId("token-secret-value").inputValue();
  expect(secret).toMatch(/^syn_pat_/);

  const auth = { authorization: `Bearer ${secret}` };
  const me = await request.get("/api/v1/token", { headers: auth });
  expect(me.status()).toBe(200);
  expect((await me.json()).data).toMatchObject({ kind: "PERSONAL", scope: "READ_WRITE", user: { name: "Olga Ivanova" } });

  // Shown once: after a reload only the row remains, with its last use.
  await page.reload();
  await expect(page.getByTestId("token-secret-value")).toHaveCount(0);
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(t.apiTokens.scopes.READ_WRITE);
  await expect(row).not.toContainText(t.apiTokens.never);
  expect(await page.content()).not.toContain(secret);

  await row.getByRole("button", { name: t.apiTokens.revokeNamed.replace("{name}", name) }).click();
  await row.getByRole("button", { name: t.apiTokens.revokeConfirm }).click();
  await expect(row).toContainText(t.apiTokens.status.revoked);
  // Revoked by hand: the row names who did it (automatic revocations give their reason instead).
  await expect(row).toContainText(t.apiTokens.revokedBy.replace("{name}", "Olga Ivanova").replace(", {date}", ""));
  const refused = await request.get("/api/v1/token", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "tokenRevoked" } });

  // The reference, in Russian: every operation of the document, under its translated summary.
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const operationCount = Object.values(doc.paths as Record<string, object>).reduce((n, methods) => n + Object.keys(methods).length, 0);
  await page.goto("/ru/api-reference");
  await expect(page.getByRole("heading", { name: docsRu.title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("api-operation")).toHaveCount(operationCount);
  const list = page.locator("#listProjects");
  await expect(list).toContainText(docsRu.operations.listProjects);
  await expect(list).toContainText("/api/v1/projects");
});

test("npm run api:walk walks the running app's API through its OpenAPI document", () => {
  // Sized to the work: a Node process starts, compiles the script and makes a dozen requests.
  test.setTimeout(180_000);
  // A command, not a browser: the script a person runs against a running installation.
  const output = execFileSync(
    "npm",
    ["run", "--silent", "api:walk", "--", "--base-url", process.env.E2E_BASE_URL!, "--email", "olga.ivanova@rugrid.demo"],
    { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL }, encoding: "utf8" },
  );
  const lines = output.trim().split("\n");
  expect(JSON.parse(lines.at(-1)!)).toMatchObject({ ok: true, steps: 11 });
  expect(output).toContain("412 PUT  /evidence/");
  expect(output).toContain("403 POST /evidence");
});
