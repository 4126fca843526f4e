import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { confirmMany } from "@/lib/evidence/bulk";
import { ZConfirmMany } from "@/lib/evidence/schema";
import * as evidence from "@/lib/evidence/service";
import { listQueue } from "@/lib/verification/queries";
import { ZQueueFilter } from "@/lib/verification/schema";

import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

const DAY = 86_400_000;

/** Four Chinese items (three months, one percentage and one count indicator) and one Russian item, all submitted. */
async function setup() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  const months = ["2025-01", "2025-02", "2025-03"];
  const cnItems = [];
  for (const month of months) {
    cnItems.push(
      await evidence.createEvidence(
        w.cn,
        { projectId: w.project.id, fields: fields(catalog.percent.id, { periodStart: `${month}-01`, periodEnd: `${month}-28` }) },
        [],
        "submit",
      ),
    );
  }
  cnItems.push(
    await evidence.createEvidence(w.cn2, { projectId: w.project.id, fields: fields(catalog.count.id, { value: 12 }) }, [], "submit"),
  );
  const ruItem = await evidence.createEvidence(
    w.ru,
    { projectId: w.project.id, fields: fields(catalog.ordinal.id, { value: 2 }) },
    [],
    "submit",
  );
  // Ages: the first Chinese item waits longest.
  for (const [index, item] of cnItems.entries()) {
    await testDb().evidence.update({ where: { id: item.id }, data: { submittedAt: new Date(Date.now() - (20 - index) * DAY) } });
  }
  return { ...catalog, ...w, cnItems, ruItem };
}

const noFilter = ZQueueFilter.parse({});

describe("verification queue", () => {
  beforeEach(resetDb);

  it("lists what the counterpart may decide, oldest first with the age, and filters it", async () => {
    const w = await setup();
    const queue = await listQueue(w.ru as Actor, noFilter, "ru");
    expect(queue.total).toBe(4);
    expect(queue.rows.map((r) => r.id)).toEqual(w.cnItems.map((i) => i.id));
    expect(queue.rows.map((r) => r.ageDays)).toEqual([20, 19, 18, 17]);
    expect(queue.rows[0].indicatorName).toBe("Уровень локализации");

    const byIndicator = await listQueue(w.ru as Actor, ZQueueFilter.parse({ indicator: w.count.id }), "ru");
    expect(byIndicator.rows.map((r) => r.id)).toEqual([w.cnItems[3].id]);
    const byAge = await listQueue(w.ru as Actor, ZQueueFilter.parse({ minAge: "19" }), "ru");
    expect(byAge.total).toBe(2);
    const byDimension = await listQueue(w.ru as Actor, ZQueueFilter.parse({ dimension: "RESOURCE" }), "ru");
    expect(byDimension.total).toBe(1);
    expect((await listQueue(w.ru as Actor, ZQueueFilter.parse({ unusual: "1" }), "ru")).total).toBe(0);

    // The Chinese side sees the Russian item only; a same-country member and an outsider see nothing of the Chinese items.
    expect((await listQueue(w.cn as Actor, noFilter, "zh")).rows.map((r) => r.id)).toEqual([w.ruItem.id]);
    expect((await listQueue(w.outsider as Actor, noFilter, "ru")).total).toBe(0);
    expect((await listQueue(w.organizer as Actor, noFilter, "en")).total).toBe(5);
    await expect(listQueue(w.admin as Actor, noFilter, "en")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("confirms many at once: each item audited once, one snapshot per project, one mail per author", async () => {
    const w = await setup();
    // The Chinese authors take decisions about their evidence by e-mail.
    for (const user of [w.cn, w.cn2])
      await testDb().notificationPreference.create({ data: { userId: user.id, kind: "EVIDENCE_CONFIRMED", channel: "EMAIL" } });
    const before = await counts();
    const mailsBefore = new Set((await testDb().emailOutbox.findMany({ select: { id: true } })).map((m) => m.id));
    const result = await confirmMany(w.ru as Actor, { items: w.cnItems.map((i) => ({ id: i.id, version: i.version })) });
    expect(result).toEqual({ confirmed: w.cnItems.map((i) => i.id), refused: [] });
    const rows = await testDb().evidence.findMany({ where: { id: { in: w.cnItems.map((i) => i.id) } } });
    expect(rows.every((r) => r.status === "VERIFIED" && r.version === 2)).toBe(true);
    const after = await counts();
    expect(after.verifications - before.verifications).toBe(4);
    expect(after.audit - before.audit).toBe(4);
    expect(after.snapshots - before.snapshots).toBe(1);
    const mails = (await testDb().emailOutbox.findMany()).filter((m) => !mailsBefore.has(m.id));
    expect(mails.map((m) => m.toAddress).sort()).toEqual([w.cn.email, w.cn2.email].sort());
    // cn hears about its three items in one mail.
    const cnNotices = await testDb().notification.findMany({ where: { recipientId: w.cn.id, kind: "EVIDENCE_CONFIRMED" } });
    expect(cnNotices).toHaveLength(3);
    expect(new Set(cnNotices.map((n) => n.emailId)).size).toBe(1);
  });

  it("refuses, item by item, what the counterpart rules or a stale version forbid, and leaves those rows unchanged", async () => {
    const w = await setup();
    const stale = w.cnItems[1];
    // Someone changed the second item since the queue was shown.
    await testDb().evidence.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });
    const before = await counts();
    const result = await confirmMany(w.ru as Actor, {
      items: [
        { id: w.cnItems[0].id, version: 1 },
        { id: stale.id, version: 1 },
        { id: w.ruItem.id, version: 1 }, // its own evidence
      ],
    });
    expect(result.confirmed).toEqual([w.cnItems[0].id]);
    expect(result.refused).toEqual([
      { id: stale.id, code: "staleVersion" },
      { id: w.ruItem.id, code: "forbidden" },
    ]);
    const after = await counts();
    expect(after.verifications - before.verifications).toBe(1);
    expect(after.audit - before.audit).toBe(1);
    expect(await testDb().evidence.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await testDb().evidence.findUniqueOrThrow({ where: { id: w.ruItem.id } })).toMatchObject({ status: "SUBMITTED", version: 1 });
  });

  it("refuses an administrator, an empty selection and more than 200 items; nothing changes", async () => {
    const w = await setup();
    const before = await counts();
    await expect(confirmMany(w.admin as Actor, { items: [{ id: w.cnItems[0].id, version: 1 }] })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
    expect(ZConfirmMany.safeParse({ items: [] }).error?.issues[0].message).toBe("bulkEmpty");
    const many = Array.from({ length: 201 }, () => ({ id: w.cnItems[0].id, version: 1 }));
    expect(ZConfirmMany.safeParse({ items: many }).error?.issues[0].message).toBe("bulkTooMany");
  });
});
