import { beforeEach, describe, expect, it } from "vitest";

import { createOrganization, resetDb, testDb, testSql } from "./helpers/db";
import { createProject } from "./helpers/scores-factories";

/**
 * The database itself refuses an ACTIVE joint project without an accepted CN and an accepted RU
 * partner (deferred constraint triggers), whatever a service does.
 */

const RULE = /ACTIVE joint project needs at least one ACCEPTED partner organization from CN and one from RU/;

beforeEach(resetDb);

describe("the active-project partner rule in the database", () => {
  it("accepts an ACTIVE project with an accepted CN and an accepted RU partner", async () => {
    const project = await createProject({ status: "ACTIVE" });
    expect(await testDb().jointProject.findUnique({ where: { id: project.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("refuses an ACTIVE project whose partners are all Chinese, and stores nothing", async () => {
    await expect(createProject({ status: "ACTIVE", partners: [{ country: "CN" }, { country: "CN" }] })).rejects.toThrow(RULE);
    expect(await testDb().jointProject.count()).toBe(0);
  });

  it("counts only ACCEPTED partners: a pending RU invitation is not enough", async () => {
    await expect(createProject({ status: "ACTIVE", partners: [{ country: "CN" }, { country: "RU", status: "PENDING" }] })).rejects.toThrow(
      RULE,
    );
  });

  it("lets a DRAFT project have one country, and refuses activating it", async () => {
    const project = await createProject({ status: "DRAFT", partners: [{ country: "CN" }] });
    await expect(testDb().jointProject.update({ where: { id: project.id }, data: { status: "ACTIVE" } })).rejects.toThrow(RULE);
    expect(await testDb().jointProject.findUnique({ where: { id: project.id } })).toMatchObject({ status: "DRAFT" });
  });

  it("refuses removing the last RU partner of an active project, and keeps it", async () => {
    const project = await createProject({ status: "ACTIVE" });
    const ruOrg = project.organizationIds[1];
    await expect(
      testDb().projectPartner.delete({ where: { projectId_organizationId: { projectId: project.id, organizationId: ruOrg } } }),
    ).rejects.toThrow(RULE);
    await expect(
      testDb().projectPartner.update({
        where: { projectId_organizationId: { projectId: project.id, organizationId: ruOrg } },
        data: { status: "DECLINED" },
      }),
    ).rejects.toThrow(RULE);
    expect(await testDb().projectPartner.findMany({ where: { projectId: project.id, status: "ACCEPTED" } })).toHaveLength(2);
  });

  it("allows removing an RU partner while another accepted RU partner remains", async () => {
    const project = await createProject({ status: "ACTIVE", partners: [{ country: "CN" }, { country: "RU" }, { country: "RU" }] });
    await testDb().projectPartner.delete({
      where: { projectId_organizationId: { projectId: project.id, organizationId: project.organizationIds[1] } },
    });
    expect(await testDb().projectPartner.count({ where: { projectId: project.id } })).toBe(2);
  });

  it("checks at commit, so a transaction may add the partners after activating", async () => {
    const [cn, ru] = [await createOrganization({ country: "CN" }), await createOrganization({ country: "RU" })];
    const project = await createProject({ status: "DRAFT", partners: [{ country: "CN", organizationId: cn.id }] });
    await testDb().$transaction(async (tx) => {
      await tx.jointProject.update({ where: { id: project.id }, data: { status: "ACTIVE" } });
      await tx.projectPartner.create({ data: { projectId: project.id, organizationId: ru.id, role: "PARTNER", status: "ACCEPTED" } });
    });
    expect(await testDb().jointProject.findUnique({ where: { id: project.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("reports the violation with SQLSTATE 23514 (check violation)", async () => {
    const project = await createProject({ status: "DRAFT", partners: [{ country: "RU" }] });
    const sql = testSql();
    const error = await sql`update joint_projects set status = 'ACTIVE' where id = ${project.id}`.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23514" });
  });
});
