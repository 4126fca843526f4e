import { randomUUID } from "node:crypto";

import type postgres from "postgres";
import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";
import { oldRows } from "./helpers/old-rows";

const MIGRATION = "20261206201600_target_arcs";
cleanUpMigrationDatabases();

async function world() {
  const { sql, finish } = await databaseBefore(MIGRATION);
  const rows = oldRows(sql);
  const org = await rows.organization();
  const li = await rows.user("Li Wei", org);
  const ivan = await rows.user("Ivan Petrov");
  const project = await rows.project(li);
  const evidence = await rows.evidence(project, org);
  const initiative = await rows.initiative();
  const on = {
    project: { type: "PROJECT", id: project },
    evidence: { type: "EVIDENCE", id: evidence },
    initiative: { type: "INITIATIVE", id: initiative },
  };
  return { sql, finish, rows, li, ivan, project, evidence, initiative, on };
}

type Arc = { project_id: string | null; evidence_id: string | null; initiative_id: string | null };
const arc = (row: postgres.Row) => {
  const { project_id, evidence_id, initiative_id } = row as Arc;
  return [project_id, evidence_id, initiative_id];
};

describe(`migration ${MIGRATION}`, () => {
  it("moves every comment, notification and follow to the column of its target's kind", async () => {
    const w = await world();
    const onProject = await w.rows.comment(w.on.project, w.li, "on the project");
    const reply = await w.rows.comment(w.on.project, w.ivan, "a reply", onProject);
    const onEvidence = await w.rows.comment(w.on.evidence, w.ivan, "on the evidence");
    const onInitiative = await w.rows.comment(w.on.initiative, w.li, "on the initiative");
    const toLi = await w.rows.notification(w.li, w.on.evidence, onEvidence, w.ivan);
    const toIvan = await w.rows.notification(w.ivan, w.on.initiative, null, w.li);
    await w.rows.follow(w.ivan, w.on.project);
    await w.rows.follow(w.ivan, w.on.initiative, false);

    expect(await w.finish()).toEqual([MIGRATION]);

    const comments = new Map((await w.sql`select * from comments`).map((c) => [c.id, c]));
    expect(arc(comments.get(onProject)!)).toEqual([w.project, null, null]);
    expect(arc(comments.get(reply)!)).toEqual([w.project, null, null]);
    expect(comments.get(reply)!.parent_id).toBe(onProject);
    expect(arc(comments.get(onEvidence)!)).toEqual([null, w.evidence, null]);
    expect(arc(comments.get(onInitiative)!)).toEqual([null, null, w.initiative]);
    expect(comments.get(onProject)).not.toHaveProperty("target_id");

    const notifications = new Map((await w.sql`select * from notifications`).map((n) => [n.id, n]));
    expect(arc(notifications.get(toLi)!)).toEqual([null, w.evidence, null]);
    expect(notifications.get(toLi)!.comment_id).toBe(onEvidence);
    expect(arc(notifications.get(toIvan)!)).toEqual([null, null, w.initiative]);

    const follows = await w.sql`select user_id, project_id, initiative_id, following from follows order by following desc`;
    expect(follows.map((f) => [f.user_id, f.project_id, f.initiative_id, f.following])).toEqual([
      [w.ivan, w.project, null, true],
      [w.ivan, null, w.initiative, false],
    ]);
    expect(await w.sql`select id from audit_log`).toHaveLength(0);
  });

  it("removes, into the audit log, what points at no target, and unlinks a notification from a missing comment", async () => {
    const w = await world();
    // A project id filed as evidence, and an initiative deleted by hand: no page can show these.
    const misfiled = await w.rows.comment({ type: "EVIDENCE", id: w.project }, w.li, "misfiled");
    await w.rows.comment({ type: "EVIDENCE", id: w.project }, w.ivan, "its reply", misfiled);
    await w.rows.comment({ type: "INITIATIVE", id: randomUUID() }, w.li, "on a deleted initiative");
    const kept = await w.rows.comment(w.on.project, w.li, "kept");
    await w.rows.notification(w.ivan, { type: "PROJECT", id: randomUUID() }, null, w.li);
    const unlinked = await w.rows.notification(w.ivan, w.on.project, randomUUID(), w.li);
    await w.rows.follow(w.ivan, w.on.evidence);
    await w.rows.follow(w.li, { type: "INITIATIVE", id: randomUUID() });
    await w.rows.follow(w.li, w.on.project);

    await w.finish();

    expect((await w.sql`select id from comments`).map((c) => c.id)).toEqual([kept]);
    expect((await w.sql`select id, comment_id, project_id from notifications`).map((n) => [n.id, n.comment_id, n.project_id])).toEqual([
      [unlinked, null, w.project],
    ]);
    expect((await w.sql`select user_id from follows`).map((f) => f.user_id)).toEqual([w.li]);
    const audit = await w.sql`select entity_type, before from audit_log where action = 'migration.orphanRemoved' order by entity_type`;
    expect(audit.map((a) => a.entity_type)).toEqual(["Comment", "Comment", "Comment", "Follow", "Follow", "Notification"]);
    expect(audit.filter((a) => a.entity_type === "Comment").map((a) => a.before.body)).toEqual(
      expect.arrayContaining(["misfiled", "its reply", "on a deleted initiative"]),
    );
    expect(audit.find((a) => a.entity_type === "Comment")!.before).toMatchObject({ target_type: expect.any(String) });
  });

  it("then holds every row to exactly one real target, which takes its discussion with it", async () => {
    const w = await world();
    await w.finish();
    const insert = (project: string | null, evidence: string | null) => w.sql`
      insert into comments (id, project_id, evidence_id, author_id, body, locale, updated_at)
      values (${randomUUID()}, ${project}, ${evidence}, ${w.li}, 'x', 'en', now())`;
    await expect(insert(w.project, w.evidence)).rejects.toThrow(/comments_target_check/);
    await expect(insert(null, null)).rejects.toThrow(/comments_target_check/);
    await expect(insert(randomUUID(), null)).rejects.toThrow(/comments_project_id_fkey/);
    const follow = () => w.sql`
      insert into follows (id, user_id, project_id, following, updated_at) values (${randomUUID()}, ${w.ivan}, ${w.project}, true, now())`;
    await follow();
    await expect(follow()).rejects.toThrow(/follows_user_id_project_id_key/);

    // A thread, a notification about it and a follow go with their project (through its evidence too).
    const parent = randomUUID();
    await w.sql`insert into comments (id, evidence_id, author_id, body, locale, updated_at) values (${parent}, ${w.evidence}, ${w.li}, 'p', 'en', now())`;
    await w.sql`insert into comments (id, evidence_id, parent_id, depth, author_id, body, locale, updated_at)
                values (${randomUUID()}, ${w.evidence}, ${parent}, 1, ${w.ivan}, 'r', 'en', now())`;
    await w.sql`insert into notifications (id, recipient_id, kind, project_id, comment_id) values (${randomUUID()}, ${w.ivan}, 'NEW_COMMENT', ${w.project}, ${parent})`;
    await w.sql`delete from joint_projects where id = ${w.project}`;
    expect(await w.sql`select id from comments`).toHaveLength(0);
    expect(await w.sql`select id from notifications`).toHaveLength(0);
    expect(await w.sql`select id from follows`).toHaveLength(0);
  });
});
