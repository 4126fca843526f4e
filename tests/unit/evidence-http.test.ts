import { describe, expect, it } from "vitest";

import { readMultipart } from "@/lib/api/multipart";

function multipart(payload: unknown, files: { name: string; bytes: Uint8Array<ArrayBuffer> }[], headers: Record<string, string> = {}) {
  const body = new FormData();
  body.set("payload", JSON.stringify(payload));
  for (const f of files) body.append("files", new Blob([f.bytes]), f.name);
  return new Request("http://localhost/api/evidence", { method: "POST", body, headers });
}

describe("evidence upload parsing", () => {
  it("reads the JSON payload and every file with its original name", async () => {
    const parsed = await readMultipart(multipart({ projectId: "p" }, [{ name: "отчёт.pdf", bytes: new Uint8Array([37, 80, 68, 70]) }]));
    expect(parsed.payload).toEqual({ projectId: "p" });
    expect(parsed.files.map((f) => [f.name, [...f.bytes]])).toEqual([["отчёт.pdf", [37, 80, 68, 70]]]);
  });

  it("refuses a body announced or streamed beyond five maximum-size files", async () => {
    const announced = new Request("http://localhost/api/evidence", {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(60 * 1024 * 1024) },
    });
    await expect(readMultipart(announced)).rejects.toMatchObject({ code: "uploadTooLarge" });
    const big = new Uint8Array(52 * 1024 * 1024);
    await expect(readMultipart(multipart({}, [{ name: "big.pdf", bytes: big }]))).rejects.toMatchObject({ code: "uploadTooLarge" });
  });

  it("refuses a request that is not multipart or carries no JSON payload", async () => {
    await expect(
      readMultipart(
        new Request("http://localhost/api/evidence", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
      ),
    ).rejects.toThrow();
    const body = new FormData();
    body.set("payload", "{not json");
    await expect(readMultipart(new Request("http://localhost/api/evidence", { method: "POST", body }))).rejects.toThrow();
  });
});
