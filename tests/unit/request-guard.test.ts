import { describe, expect, it, vi } from "vitest";

import { errorResponse, InvalidInputError, parseWith } from "@/lib/api/http";
import { readMultipart } from "@/lib/api/multipart";
import { MAX_ACTION_BODY_BYTES, MAX_JSON_BYTES } from "@/lib/http/input";
import { refuseRequest } from "@/lib/http/request-guard";
import ru from "@/lib/i18n/messages/ru.json" with { type: "json" };
import { ZPostUpdateRequest } from "@/lib/initiatives/schema";

vi.stubEnv("DATABASE_URL", "postgresql://unused.invalid/none");
vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-unit-test-secret-0123");

/** Issue 12, item 5: what is refused before any work, with a status that names it. */
describe("requests refused up front", () => {
  const action = (length: string | null) =>
    new Request("http://app.test/en/projects", {
      method: "POST",
      headers: { "next-action": "7f00", ...(length === null ? {} : { "content-length": length }) },
    });

  it("answers a server action body over the limit (or of unknown length) with 413, not Next's 500", async () => {
    for (const length of [String(MAX_ACTION_BODY_BYTES + 1), null, "junk"]) {
      const refused = refuseRequest(action(length));
      expect(refused?.status).toBe(413);
      // text/plain is what Next's client hands on as the error's message: our refusal, readable.
      expect(refused?.headers.get("content-type")).toBe("text/plain");
      expect(JSON.parse(await refused!.text())).toEqual({ error: { code: "bodyTooLarge", values: { maxMb: 2 } } });
    }
    expect(refuseRequest(action(String(MAX_ACTION_BODY_BYTES)))).toBeNull();
  });

  it("answers a NUL byte in a page's query with 400 in the page's language", async () => {
    const refused = refuseRequest(new Request("http://app.test/ru/projects?q=a%00b"));
    expect(refused?.status).toBe(400);
    expect(await refused!.text()).toBe(ru.errors.invalidCharacters);
    expect(refuseRequest(new Request("http://app.test/ru/projects?q=%D0%B0%D0%B1"))).toBeNull();
  });

  it("bounds the JSON payload of a multipart request before parsing it: 413", async () => {
    const body = new FormData();
    body.set("payload", JSON.stringify({ body: "x".repeat(MAX_JSON_BYTES) }));
    let thrown: unknown;
    await readMultipart(new Request("http://app.test/api/evidence", { method: "POST", body })).catch((error: unknown) => (thrown = error));
    const response = errorResponse(thrown, "/api/evidence");
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "bodyTooLarge", values: { maxMb: 1 } } });
  });

  it("accepts only http and https links on initiative updates", () => {
    let thrown: unknown;
    try {
      parseWith(ZPostUpdateRequest, {
        body: "Progress",
        links: ["data:text/html,<script>alert(1)</script>", "javascript:alert(1)", "https://example.org/report", "http://example.org"],
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).fieldErrors).toEqual({ "links.0": "linkScheme", "links.1": "linkScheme" });
  });
});
