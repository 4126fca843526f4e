import { randomUUID } from "node:crypto";

import type postgres from "postgres";

/**
 * Rows written in raw SQL for migration tests, in the shape the tables had before the
 * 2026-12-06 integrity migrations (comments, notifications and follows with a type and an id).
 * Each returns the new row's id.
 */
export function oldRows(sql: postgres.Sql) {
  const id = () => randomUUID();
  return {
    async organization(country: "CN" | "RU" = "CN") {
      const org = id();
      await sql`insert into organizations (id, name_en, name_zh, name_ru, country, type, city_en, city_zh, city_ru, updated_at)
                values (${org}, ${`Org ${org}`}, 'z', 'r', ${country}, 'UNIVERSITY', 'Harbin', '哈尔滨', 'Харбин', now())`;
      return org;
    },
    async user(name: string, organizationId: string | null = null) {
      const user = id();
      await sql`insert into users (id, email, name, role, status, organization_id, updated_at)
                values (${user}, ${`${user}@example.test`}, ${name}, 'PARTNER', 'ACTIVE', ${organizationId}, now())`;
      return user;
    },
    async project(createdById: string | null = null) {
      const project = id();
      await sql`insert into joint_projects (id, code, sector, location, declared_stage, start_date, original_locale, created_by_id, updated_at)
                values (${project}, ${`SR-${project.slice(0, 8)}`}, 'ENERGY_GRID', 'Harbin', 1, '2026-01-01', 'en', ${createdById}, now())`;
      return project;
    },
    async evidence(projectId: string, organizationId: string) {
      const [indicator, evidence] = [id(), id()];
      await sql`insert into indicators (id, code, dimension, stage_tag, unit, direction, kind, lower, upper, weight,
                  name_en, name_zh, name_ru, definition_en, definition_zh, definition_ru, updated_at)
                values (${indicator}, ${`I-${indicator.slice(0, 8)}`}, 'TECHNOLOGY', 1, '%', 'BENEFIT', 'QUANTITATIVE', 0, 100, 1,
                  'n', 'n', 'n', 'd', 'd', 'd', now())`;
      await sql`insert into evidence (id, project_id, indicator_id, value, period_start, period_end, original_locale, organization_id, updated_at)
                values (${evidence}, ${projectId}, ${indicator}, 1, '2026-01-01', '2026-03-31', 'en', ${organizationId}, now())`;
      return evidence;
    },
    async initiative() {
      const [recommendation, initiative] = [id(), id()];
      await sql`insert into recommendations (id, code, area, text_en, text_zh, text_ru, updated_at)
                values (${recommendation}, ${`R-${recommendation.slice(0, 8)}`}, 'DATA_GOVERNANCE', 'a', 'b', 'c', now())`;
      await sql`insert into initiatives (id, recommendation_id, title_en, title_zh, title_ru, start_date, due_date, updated_at)
                values (${initiative}, ${recommendation}, 't', 't', 't', '2026-01-01', '2026-12-31', now())`;
      return initiative;
    },
    async comment(target: { type: string; id: string }, authorId: string, body: string, parentId: string | null = null) {
      const comment = id();
      const depth = parentId ? (await sql`select depth + 1 as d from comments where id = ${parentId}`)[0].d : 0;
      await sql`insert into comments (id, target_type, target_id, parent_id, depth, author_id, body, locale, updated_at)
                values (${comment}, ${target.type}, ${target.id}, ${parentId}, ${depth}, ${authorId}, ${body}, 'en', now())`;
      return comment;
    },
    async notification(recipientId: string, subject: { type: string; id: string }, commentId: string | null, actorId: string | null) {
      const notification = id();
      await sql`insert into notifications (id, recipient_id, kind, subject_type, subject_id, comment_id, actor_id)
                values (${notification}, ${recipientId}, 'NEW_COMMENT', ${subject.type}, ${subject.id}, ${commentId}, ${actorId})`;
      return notification;
    },
    async follow(userId: string, subject: { type: string; id: string }, following = true) {
      await sql`insert into follows (user_id, subject_type, subject_id, following, updated_at)
                values (${userId}, ${subject.type}, ${subject.id}, ${following}, now())`;
    },
  };
}
