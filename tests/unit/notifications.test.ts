import { describe, expect, it } from "vitest";

import { getEnv } from "@/lib/env";
import { transportFromEnv } from "@/lib/mail/transport";
import { moreSpecific, NOTIFICATION_KINDS, notificationHref, type NotificationKind } from "@/lib/notifications/kinds";

describe("notification kinds", () => {
  it("keeps the most specific of two kinds, whatever the order", () => {
    const cases: [NotificationKind, NotificationKind, NotificationKind][] = [
      ["NEW_COMMENT", "COMMENT_REPLY", "COMMENT_REPLY"],
      ["COMMENT_REPLY", "REVISION_REQUEST", "REVISION_REQUEST"],
      ["REVISION_REQUEST", "MENTION", "MENTION"],
      ["NEW_COMMENT", "MENTION", "MENTION"],
      ["NEW_COMMENT", "INITIATIVE_CHANGED", "INITIATIVE_CHANGED"],
      ["NEW_COMMENT", "NEW_COMMENT", "NEW_COMMENT"],
    ];
    for (const [a, b, winner] of cases) {
      expect(moreSpecific(a, b)).toBe(winner);
      expect(moreSpecific(b, a)).toBe(winner);
    }
    // MENTION beats every other kind.
    for (const kind of NOTIFICATION_KINDS) expect(moreSpecific(kind, "MENTION")).toBe("MENTION");
  });

  it("links to the item, at the comment when there is one", () => {
    expect(notificationHref("PROJECT", "p1")).toBe("/projects/p1");
    expect(notificationHref("EVIDENCE", "e1", "c1")).toBe("/evidence/e1#comment-c1");
    expect(notificationHref("INITIATIVE", "i1", null)).toBe("/initiatives/i1");
  });
});

describe("mail settings", () => {
  const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/synergia", NEXTAUTH_SECRET: "s".repeat(32) };

  it("stores mail (no transport) when no SMTP server is configured", () => {
    expect(transportFromEnv(getEnv(base))).toBeNull();
    expect(getEnv(base)).toMatchObject({ SMTP_PORT: 587, MAIL_FROM: "Synergia <no-reply@synergia.invalid>" });
  });

  it("builds an SMTP transport from a URL or from host and port, and refuses a malformed URL", () => {
    expect(transportFromEnv(getEnv({ ...base, SMTP_URL: "smtps://u:p@mail.example.org:465" }))).not.toBeNull();
    expect(
      transportFromEnv(getEnv({ ...base, SMTP_HOST: "mail.example.org", SMTP_PORT: "2525", SMTP_USER: "u", SMTP_PASS: "p" })),
    ).not.toBeNull();
    expect(() => getEnv({ ...base, SMTP_URL: "not a url" })).toThrowError(/SMTP_URL must be a URL/);
    expect(() => getEnv({ ...base, SMTP_PORT: "99999" })).toThrowError(/SMTP_PORT/);
  });
});
