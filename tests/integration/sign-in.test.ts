import { beforeEach, describe, expect, it } from "vitest";

import { authenticate, LOGIN_MAX_FAILURES } from "@/lib/auth/sign-in";
import { RateLimitError, UnauthorizedError } from "@/lib/errors";

import { createUser, resetDb, testDb } from "./helpers/db";

describe("sign-in throttling", () => {
  beforeEach(resetDb);

  it("answers an unknown email and a wrong password the same way", async () => {
    const user = await createUser();
    const unknown = await authenticate({ email: "nobody@example.test", password: "whatever-123456", ip: "1.1.1.1" }).catch((e) => e);
    const wrong = await authenticate({ email: user.email, password: "whatever-123456", ip: "1.1.1.1" }).catch((e) => e);
    expect(unknown).toBeInstanceOf(UnauthorizedError);
    expect(wrong).toBeInstanceOf(UnauthorizedError);
    expect(unknown.code).toBe(wrong.code);
  });

  it("locks an account after 10 failures in 15 minutes, even for the right password", async () => {
    const user = await createUser();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await expect(authenticate({ email: user.email, password: "wrong-password-xx", ip: `2.2.2.${i}` })).rejects.toBeInstanceOf(
        UnauthorizedError,
      );
    }
    await expect(authenticate({ email: user.email, password: user.password, ip: "3.3.3.3" })).rejects.toBeInstanceOf(RateLimitError);
    // Failures older than the window no longer count.
    await testDb().loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    await expect(authenticate({ email: user.email, password: user.password, ip: "3.3.3.3" })).resolves.toMatchObject({ id: user.id });
  });

  it("limits one client address across many accounts", async () => {
    const victim = await createUser();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await authenticate({ email: `guess${i}@example.test`, password: "wrong-password-xx", ip: "4.4.4.4" }).catch(() => undefined);
    }
    await expect(authenticate({ email: victim.email, password: victim.password, ip: "4.4.4.4" })).rejects.toBeInstanceOf(RateLimitError);
    await expect(authenticate({ email: victim.email, password: victim.password, ip: "5.5.5.5" })).resolves.toMatchObject({ id: victim.id });
  });

  it("refuses deactivated and invited accounts with the generic answer", async () => {
    const disabled = await createUser({ status: "DISABLED" });
    const invited = await createUser({ status: "INVITED" });
    await expect(authenticate({ email: disabled.email, password: disabled.password, ip: "6.6.6.6" })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    await expect(authenticate({ email: invited.email, password: invited.password, ip: "6.6.6.6" })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });
});
