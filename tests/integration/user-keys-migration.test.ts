import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";
import { oldRows } from "./helpers/old-rows";

const MIGRATION = "20261206201500_user_foreign_keys";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("keeps every link to a real user and repairs the links to users who do not exist", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const rows = oldRows(sql);
    const org = await rows.organization();
    const li = await rows.user("Li Wei", org);
    const ivan = await rows.user("Ivan Petrov");
    // Ids of accounts that were removed by hand: nothing in users has them.
    const [ghostAuthor, ghostModerator, ghostReader, ghostIssuer] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const project = await rows.project(li);
    const target = { type: "PROJECT", id: project };

    const byLi = await rows.comment(target, li, "kept as it was");
    const byGhost = await rows.comment(target, ghostAuthor, "written by a removed account");
    const reply = await rows.comment(target, ivan, "a reply to it", byGhost);
    await sql`update comments set hidden_by_id = ${ghostModerator}, hidden_at = now(), resolved_by_id = ${li} where id = ${byLi}`;
    await sql`insert into comment_translations (comment_id, locale, body, source_version, translator_id, updated_at)
              values (${byGhost}, 'ru', 'перевод', 1, ${ghostAuthor}, now()), (${byLi}, 'zh', '译文', 1, ${ivan}, now())`;
    await sql`insert into comment_mentions (comment_id, user_id) values (${byLi}, ${ivan}), (${byLi}, ${ghostReader})`;
    const toIvan = await rows.notification(ivan, target, byLi, ghostModerator);
    await rows.notification(ghostReader, target, byLi, li);
    await rows.follow(ivan, target);
    await rows.follow(ghostReader, target);
    await sql`insert into notification_preferences (user_id, kind, channel, updated_at)
              values (${ivan}, 'MENTION', 'EMAIL', now()), (${ghostReader}, 'MENTION', 'EMAIL', now())`;
    await sql`insert into user_tokens (id, user_id, purpose, token_hash, expires_at, created_by_id)
              values (${randomUUID()}, ${ivan}, 'INVITATION', 'h1', now() + interval '1 day', ${ghostIssuer})`;
    await sql`insert into project_partners (project_id, organization_id, role, invited_by_id, responded_by_id)
              values (${project}, ${org}, 'LEAD', ${li}, ${ghostIssuer})`;
    await sql`insert into email_outbox (id, recipient_id, to_address, locale, subject, text_body, html_body)
              values (${randomUUID()}, ${ghostReader}, 'gone@example.test', 'en', 's', 't', 'h')`;

    expect(await finish()).toEqual([MIGRATION]);

    // The discussion is whole: every comment, its author id and the thread.
    const comments = await sql`select id, author_id, parent_id, hidden_by_id, resolved_by_id from comments order by created_at, body`;
    expect(new Map(comments.map((c) => [c.id, [c.author_id, c.parent_id]]))).toEqual(
      new Map([
        [byLi, [li, null]],
        [byGhost, [ghostAuthor, null]],
        [reply, [ivan, byGhost]],
      ]),
    );
    // A removed author becomes a deactivated placeholder nobody can sign in as.
    const [placeholder] = await sql`select name, email, status, password_hash from users where id = ${ghostAuthor}`;
    expect(placeholder).toEqual({
      name: "Former user",
      email: `former-user-${ghostAuthor}@invalid`,
      status: "DISABLED",
      password_hash: null,
    });
    expect((await sql`select translator_id from comment_translations order by locale::text`).map((t) => t.translator_id)).toEqual([
      ghostAuthor,
      ivan,
    ]);
    // Who-did-it links to nobody are cleared; links to real people stay.
    const moderated = comments.find((c) => c.id === byLi)!;
    expect([moderated.hidden_by_id, moderated.resolved_by_id]).toEqual([null, li]);
    expect((await sql`select actor_id from notifications where id = ${toIvan}`)[0].actor_id).toBeNull();
    expect((await sql`select created_by_id from user_tokens`)[0].created_by_id).toBeNull();
    expect((await sql`select recipient_id, to_address from email_outbox`)[0]).toEqual({
      recipient_id: null,
      to_address: "gone@example.test",
    });
    expect((await sql`select created_by_id from joint_projects`)[0].created_by_id).toBe(li);
    expect((await sql`select invited_by_id, responded_by_id from project_partners`)[0]).toEqual({
      invited_by_id: li,
      responded_by_id: null,
    });
    // A removed user's own rows are gone; everyone else's stay.
    expect((await sql`select recipient_id from notifications`).map((n) => n.recipient_id)).toEqual([ivan]);
    expect((await sql`select user_id from follows`).map((f) => f.user_id)).toEqual([ivan]);
    expect((await sql`select user_id from notification_preferences`).map((p) => p.user_id)).toEqual([ivan]);
    expect((await sql`select user_id from comment_mentions`).map((m) => m.user_id)).toEqual([ivan]);
    // ...and copied into the audit log, as is the placeholder.
    const audit = await sql`select action, entity_type, before, after from audit_log order by entity_type`;
    expect(audit.map((a) => [a.action, a.entity_type])).toEqual([
      ["migration.orphanRemoved", "CommentMention"],
      ["migration.orphanRemoved", "Follow"],
      ["migration.orphanRemoved", "Notification"],
      ["migration.orphanRemoved", "NotificationPreference"],
      ["migration.placeholderUser", "User"],
    ]);
    expect(audit.find((a) => a.entity_type === "Notification")!.before).toMatchObject({ recipient_id: ghostReader, comment_id: byLi });
  });

  it("then refuses unknown users and does what each key says when a user row is deleted", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const rows = oldRows(sql);
    const author = await rows.user("Author");
    const reader = await rows.user("Reader");
    const project = await rows.project(author);
    const target = { type: "PROJECT", id: project };
    const comment = await rows.comment(target, author, "history");
    await rows.notification(reader, target, comment, author);
    await rows.follow(reader, target);
    await sql`update comments set resolved_by_id = ${reader} where id = ${comment}`;
    await finish();

    await expect(rows.comment(target, randomUUID(), "by nobody")).rejects.toThrow(/comments_author_id_fkey/);
    // RESTRICT: an author of a comment cannot be deleted (deactivate instead).
    await expect(sql`delete from users where id = ${author}`).rejects.toThrow(/comments_author_id_fkey/);
    // CASCADE and SET NULL: the reader's inbox and follows go, their resolution stays anonymous.
    await sql`delete from users where id = ${reader}`;
    expect(await sql`select id from notifications`).toHaveLength(0);
    expect(await sql`select user_id from follows`).toHaveLength(0);
    expect((await sql`select resolved_by_id, body from comments`)[0]).toEqual({ resolved_by_id: null, body: "history" });
  });
});
