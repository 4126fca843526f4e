import { describe, expect, it } from "vitest";

import { refuseMalformedPath } from "../../scripts/malformed-path";

describe("paths that are not percent-encoded UTF-8", () => {
  it("are answered 404 in the path's language, not left to Next.js (which answers 500)", () => {
    const api = refuseMalformedPath("/api/scoring/jobs/%ED%A0%80?x=1");
    expect(api?.status).toBe(404);
    expect(JSON.parse(api!.body)).toEqual({ error: { code: "notFound" } });
    const page = refuseMalformedPath("/ru/projects/%E0%A4%A");
    expect(page).toMatchObject({ status: 404, headers: { "content-language": "ru" }, body: "Этот объект не существует или уже удалён." });
    expect(refuseMalformedPath("/xx/%FF")?.headers["content-language"]).toBe("en");
  });

  it("lets every well-formed path through, whatever it names", () => {
    for (const path of ["/", "/en/projects?q=%ED%A0%80", "/api/scoring/jobs/%E2%80%AEevil.exe", "/zh/%E9%A1%B9%E7%9B%AE", "/api/x/%00"]) {
      expect(refuseMalformedPath(path)).toBeNull();
    }
  });
});
