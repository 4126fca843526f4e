/**
 * Comments, notifications and follows point at a project, an evidence item or an initiative
 * through an exclusive arc: one nullable foreign key per kind of target, exactly one of them set
 * (a CHECK in SQL). The app speaks of `{ type, id }`; these two functions translate.
 * Not `server-only`: the mail worker presents notifications in plain Node.
 */
export type TargetType = "PROJECT" | "EVIDENCE" | "INITIATIVE";
export type TargetRef<T extends TargetType = TargetType> = { type: T; id: string };

/** The arc's columns as Prisma names them. */
export type ArcColumns = { projectId?: string | null; evidenceId?: string | null; initiativeId?: string | null };

type ArcOf = { PROJECT: { projectId: string }; EVIDENCE: { evidenceId: string }; INITIATIVE: { initiativeId: string } };

/** The one column set: usable as a where clause and as the data of a create. */
export function arcOf<T extends TargetType>(target: TargetRef<T>): ArcOf[T];
export function arcOf(target: TargetRef): ArcOf[TargetType] {
  switch (target.type) {
    case "PROJECT":
      return { projectId: target.id };
    case "EVIDENCE":
      return { evidenceId: target.id };
    case "INITIATIVE":
      return { initiativeId: target.id };
  }
}

export function targetOf(row: ArcColumns): TargetRef {
  if (row.projectId) return { type: "PROJECT", id: row.projectId };
  if (row.evidenceId) return { type: "EVIDENCE", id: row.evidenceId };
  if (row.initiativeId) return { type: "INITIATIVE", id: row.initiativeId };
  // The CHECK constraint makes this unreachable for a row read from the database.
  throw new Error("A row of an exclusive arc points at nothing.");
}
