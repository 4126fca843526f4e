import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { callAction, flattenValidationErrors, RequestError } from "@/lib/api/client";
import { errorResponse, handle, InvalidInputError, parseWith } from "@/lib/api/http";
import { AppError, ConflictError, ForbiddenError, NotFoundError, RateLimitError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { refuseRequest } from "@/lib/http/request-guard";
import { log } from "@/lib/log";

// No signed-in user: no session cookie.
vi.stubEnv("DATABASE_URL", "postgresql://unused.invalid/none");
vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-unit-test-secret-0123");
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => null }));

const ZFields = z.object({
  title: z.string().min(1, "required"),
  milestones: z.array(z.object({ weight: z.number().min(0, "weightInvalid") })),
});

/** What a route handler answers for `error`, read back the way the browser reads it. */
async function refused(error: unknown) {
  const response = errorResponse(error, "/api/test");
  return { status: response.status, body: await response.clone().json(), read: await RequestError.fromResponse(response) };
}

describe("route handler refusals", () => {
  it("answer each typed error with its status and its code, field and values", async () => {
    const cases: [unknown, number, object][] = [
      [new UnauthorizedError(), 401, { code: "unauthorized" }],
      [new ForbiddenError(), 403, { code: "forbidden" }],
      [new NotFoundError("notificationUnknown"), 404, { code: "notificationUnknown" }],
      [new ConflictError("staleVersion"), 409, { code: "staleVersion" }],
      [new ValidationError("uploadTooLarge", "attachments"), 413, { code: "uploadTooLarge", field: "attachments" }],
      [
        new ValidationError("attachmentType", "attachments", { name: "a.pdf" }),
        422,
        { code: "attachmentType", field: "attachments", values: { name: "a.pdf" } },
      ],
      [new RateLimitError("rateLimited", { minutes: 15 }), 429, { code: "rateLimited", values: { minutes: 15 } }],
      [new AppError("notSubmittable"), 400, { code: "notSubmittable" }],
    ];
    for (const [error, status, shape] of cases) {
      const { status: answered, body, read } = await refused(error);
      expect(answered).toBe(status);
      expect(body.error).toMatchObject(shape);
      // The client reads exactly what the server said.
      expect(read).toBeInstanceOf(RequestError);
      expect(read.error).toEqual(body.error);
      expect(read.invalidInput).toBe(false);
    }
  });

  it("tell a limited client when to come back: 429 with Retry-After; a full attachment quota is 413", async () => {
    const write = errorResponse(new RateLimitError("writeRateLimited", { minutes: 30, retryAfter: 1800 }), "/api/evidence");
    expect(write.status).toBe(429);
    expect(write.headers.get("retry-after")).toBe("1800");
    // The sign-in throttle says minutes only.
    expect(errorResponse(new RateLimitError("rateLimited", { minutes: 15 }), "/api/x").headers.get("retry-after")).toBe("900");
    const quota = await refused(new ValidationError("attachmentQuotaExceeded", "attachments", { quotaMb: 5120, usedMb: 5120 }));
    expect(quota.status).toBe(413);
    expect(quota.read.error).toMatchObject({ code: "attachmentQuotaExceeded", field: "attachments" });
  });

  it("answer input the schema refused with 400 and the message key of each field", async () => {
    let thrown: unknown;
    try {
      parseWith(ZFields, { title: "", milestones: [{ weight: -1 }] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    const { status, body, read } = await refused(thrown);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: "invalidInput" }, fieldErrors: { title: "required", "milestones.0.weight": "weightInvalid" } });
    expect(read.invalidInput).toBe(true);
    expect(read.fieldErrors).toEqual(body.fieldErrors);
  });

  it("log anything else and answer 500 with the generic code, never the error's own text", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const { status, body } = await refused(new Error('relation "users" does not exist'));
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: "generic" } });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it("refuse a signed-out reader with 401 and a cross-site write with 403 before any work runs", async () => {
    const work = vi.fn(async () => ({ secret: true }));
    const read = await handle(new Request("http://app.test/api/x"), work);
    expect(read.status).toBe(401);
    expect(await read.json()).toEqual({ error: { code: "unauthorized", values: {} } });
    const crossSite = await handle(
      new Request("http://app.test/api/x", { method: "POST", headers: { origin: "https://evil.test", host: "app.test" } }),
      work,
    );
    expect(crossSite.status).toBe(403);
    expect(work).not.toHaveBeenCalled();
  });
});

describe("the client's one request error", () => {
  it("judges a body that is not ours by its status", async () => {
    const html = (status: number) => new Response("<html>proxy</html>", { status, headers: { "content-type": "text/html" } });
    expect((await RequestError.fromResponse(html(413))).error).toEqual({ code: "uploadTooLarge" });
    expect((await RequestError.fromResponse(html(403))).error).toEqual({ code: "forbidden" });
    expect((await RequestError.fromResponse(html(502))).error).toEqual({ code: "generic" });
  });

  it("reads a refusal answered before the action ran from the error Next's client threw", async () => {
    const refused = refuseRequest(
      new Request("http://app.test/en/projects", { method: "POST", headers: { "next-action": "7f00", "content-length": "9999999" } }),
    );
    // What Next's client throws for a text/plain answer with a status of 400 or more.
    const thrownError = new Error(await refused!.text());
    expect(RequestError.fromActionResult({ thrownError }).error).toEqual({ code: "bodyTooLarge", values: { maxMb: 2 } });
    expect(RequestError.fromActionResult({ thrownError: new Error("Failed to fetch") }).error).toEqual({ code: "generic" });
  });

  it("reads a server action's refusal the same way: service error, or validation keys by field path", () => {
    const service = RequestError.fromActionResult({ serverError: { code: "emailTaken", field: "email" } });
    expect(service.error).toEqual({ code: "emailTaken", field: "email" });
    expect(service.invalidInput).toBe(false);

    const validation = RequestError.fromActionResult({
      validationErrors: {
        _errors: ["periodOrder"],
        title: { _errors: ["required", "tooLong120"] },
        milestones: { 1: { weight: { _errors: ["weightInvalid"] } } },
      },
    });
    expect(validation.error).toEqual({ code: "invalidInput" });
    expect(validation.fieldErrors).toEqual({ "": "periodOrder", title: "required", "milestones.1.weight": "weightInvalid" });
    expect(RequestError.fromActionResult(undefined).error).toEqual({ code: "generic" });
  });

  it("unwraps an action's data and throws its refusal or a failed call as a RequestError", async () => {
    expect(await callAction(async (n: number) => ({ data: n * 2 }), 21)).toBe(42);
    expect(await callAction(async () => ({}), undefined)).toBeUndefined();
    await expect(callAction(async () => ({ serverError: { code: "forbidden" } }), undefined)).rejects.toMatchObject({
      error: { code: "forbidden" },
    });
    await expect(
      callAction(async () => {
        throw new TypeError("Failed to fetch");
      }, undefined),
    ).rejects.toEqual(new RequestError({ code: "generic" }));
  });

  it("flattens nested validation errors to the first message of each path", () => {
    expect(flattenValidationErrors({ fields: { value: { _errors: ["valueRequired"] } } })).toEqual({ "fields.value": "valueRequired" });
    expect(flattenValidationErrors(undefined)).toEqual({});
  });
});
