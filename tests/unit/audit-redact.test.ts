import { describe, expect, it } from "vitest";

import { redact } from "@/lib/audit/service";

describe("audit snapshots", () => {
  it("keep passwords, token hashes and authenticator keys out of the log, at any depth", () => {
    const user = { id: "u1", email: "a@b.example", totpSecret: "JBSWY3DPEHPK3PXP", totpPendingSecret: "KRSXG5CTMVRXEZLU" };
    expect(redact({ ...user, passwordHash: "$argon2id$…", organization: { id: "o1", totpSecret: "x" } })).toEqual({
      id: "u1",
      email: "a@b.example",
      organization: { id: "o1" },
    });
  });
});
