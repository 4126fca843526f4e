import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { findFreePort } from "@/lib/db/free-port";
import { getAttachmentForDownload } from "@/lib/evidence/queries";
import * as evidence from "@/lib/evidence/service";
import { ZPostUpdate } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { getUpdateAttachmentForDownload } from "@/lib/initiatives/updates";

import { resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields, samples } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";

// A real S3-compatible server (npm s3rver) on a free port, with the app's settings pointing at
// it: the environment is read once per process, so this file runs with S3 set from the start.
const s3 = vi.hoisted(() => ({ port: 0, dir: "", bucket: "synergia-attachments", key: "S3RVER", secret: "S3RVER" }));
vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  return {
    ...original,
    getEnv: () => ({
      ...original.getEnv(),
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: `http://127.0.0.1:${s3.port}`,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: s3.key,
      S3_SECRET_ACCESS_KEY: s3.secret,
      S3_FORCE_PATH_STYLE: true,
    }),
  };
});

let server: S3rver;
const client = () =>
  new S3Client({
    endpoint: `http://127.0.0.1:${s3.port}`,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: s3.key, secretAccessKey: s3.secret },
  });
const objectKeys = async () =>
  ((await client().send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map((o) => o.Key).sort();

beforeAll(async () => {
  s3.port = await findFreePort();
  s3.dir = mkdtempSync(path.join(tmpdir(), "synergia-s3-"));
  server = new S3rver({
    port: s3.port,
    address: "127.0.0.1",
    silent: true,
    directory: s3.dir,
    configureBuckets: [{ name: s3.bucket, configs: [] }],
  });
  await server.run();
});

afterAll(async () => {
  await server?.close();
  await rm(s3.dir, { recursive: true, force: true });
});

describe("attachments in an S3-compatible store", () => {
  beforeEach(resetDb);

  it("stores evidence attachments as objects, serves their bytes, and removes an object with its attachment", async () => {
    const w = { ...(await createCatalog()), ...(await createProjectWorld()) };
    const before = await objectKeys();
    const draft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) }, [
      { name: "report.pdf", bytes: samples.pdf() },
      { name: "plan.csv", bytes: samples.csv() },
    ]);
    const rows = await testDb().evidenceAttachment.findMany({ where: { evidenceId: draft.id }, orderBy: { fileName: "asc" } });
    // Not in PostgreSQL: in the bucket, under keys the row names.
    expect(rows.map((r) => [r.data, r.storagePath])).toEqual(rows.map((r) => [null, `s3:${draft.id}/${r.id}`]));
    expect(await objectKeys()).toEqual([...before, ...rows.map((r) => `${draft.id}/${r.id}`)].sort());
    const pdf = rows.find((r) => r.fileName === "report.pdf")!;
    expect(Buffer.from((await getAttachmentForDownload(w.cn, pdf.id)).bytes).equals(Buffer.from(samples.pdf()))).toBe(true);

    // Removing an attachment in an edit removes its object once the row is gone.
    await evidence.updateEvidence(w.cn, { id: draft.id, version: 1, fields: fields(w.percent.id), removeAttachmentIds: [pdf.id] });
    const csv = rows.find((r) => r.fileName === "plan.csv")!;
    expect(await objectKeys()).toEqual([...before, `${draft.id}/${csv.id}`].sort());
  });

  it("an initiative update refused after its files were stored leaves no object behind", async () => {
    const w = await createInitiativeWorld();
    const update = (over: Record<string, unknown> = {}) =>
      ZPostUpdate.parse({ initiativeId: w.initiative.id, body: "Minutes attached", ...over });
    const before = await objectKeys();
    const row = await initiatives.postUpdate(w.ruPartner, update(), [{ name: "minutes.pdf", bytes: samples.pdf() }]);
    const stored = await testDb().initiativeUpdateAttachment.findFirstOrThrow({ where: { updateId: row.id } });
    expect(stored.storagePath).toBe(`s3:initiative-updates/${row.id}/${stored.id}`);
    expect(Buffer.from((await getUpdateAttachmentForDownload(w.organizer, stored.id)).bytes).equals(Buffer.from(samples.pdf()))).toBe(true);

    // The cited evidence does not exist: refused inside the transaction, after the bytes went up.
    await expect(
      initiatives.postUpdate(w.ruPartner, update({ evidenceIds: ["00000000-0000-4000-8000-000000000000"] }), [
        { name: "second.pdf", bytes: samples.pdf() },
      ]),
    ).rejects.toMatchObject({ code: "evidenceNotLinkable" });
    expect(await objectKeys()).toEqual([...before, `initiative-updates/${row.id}/${stored.id}`].sort());
    expect(await testDb().initiativeUpdateAttachment.count()).toBe(1);
  });
});
