import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { ZPostUpdate } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { getUpdateAttachmentForDownload } from "@/lib/initiatives/updates";

import { resetDb, testDb } from "./helpers/db";
import { samples } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";

// The environment is read once per process, so this file runs with UPLOAD_DIR set from the start.
const uploads = vi.hoisted(() => ({ dir: "" }));
vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  uploads.dir = mkdtempSync(path.join(tmpdir(), "synergia-update-files-"));
  return { ...original, getEnv: () => ({ ...original.getEnv(), UPLOAD_DIR: uploads.dir }) };
});

describe("update attachments under UPLOAD_DIR", () => {
  beforeEach(resetDb);
  afterAll(() => rm(uploads.dir, { recursive: true, force: true }));

  it("writes files under the directory and serves them; a refused update leaves no file behind", async () => {
    const w = await createInitiativeWorld();
    const update = (over: Record<string, unknown> = {}) =>
      ZPostUpdate.parse({ initiativeId: w.initiative.id, body: "Minutes attached", ...over });
    const row = await initiatives.postUpdate(w.ruPartner, update(), [{ name: "minutes.pdf", bytes: samples.pdf() }]);
    const stored = await testDb().initiativeUpdateAttachment.findFirstOrThrow({ where: { updateId: row.id } });
    expect(stored.data).toBeNull();
    expect(stored.storagePath).toBe(path.join("initiative-updates", row.id, stored.id));
    expect(Buffer.from((await getUpdateAttachmentForDownload(w.organizer, stored.id)).bytes).equals(Buffer.from(samples.pdf()))).toBe(true);

    // A refused update leaves no file behind.
    await expect(
      initiatives.postUpdate(w.ruPartner, update({ evidenceIds: ["00000000-0000-4000-8000-000000000000"] }), [
        { name: "second.pdf", bytes: samples.pdf() },
      ]),
    ).rejects.toMatchObject({
      code: "evidenceNotLinkable",
    });
    expect(await readdir(path.join(uploads.dir, "initiative-updates"))).toEqual([row.id]);
    expect(await testDb().initiativeUpdateAttachment.count()).toBe(1);
  });
});
