// Not `server-only`: the mail worker re-checks readers at delivery and digest time in plain Node.
import { can } from "@/lib/auth/permissions";
import type { DbTx, Prisma } from "@/lib/db/client";
import { isVisibleTo, PRIVATE_STATUSES, type EvidenceStatus } from "@/lib/evidence/status";

import type { SubjectType } from "./kinds";

/**
 * Who may be told about a subject: the one rule behind every notification kind, applied when a
 * notification is made (fan-out), when its mail is delivered or batched into a digest (the reader
 * may have changed organization or been deactivated since), and when the inbox is read. It is
 * the read rule of the subject itself: projects and initiatives for everyone signed in
 * (`project.read`, `recommendation.read`), evidence unless it is another organization's draft
 * (lib/evidence/status.ts).
 */
export type Reader = { id: string; role: string; organizationId: string | null; status: string };
export type Subject = { type: SubjectType; id: string };

type Facts = Pick<DbTx, "evidence">;
export type EvidenceFacts = { status: EvidenceStatus; organizationId: string };

const READ_ACTION = { PROJECT: "project.read", EVIDENCE: "project.read", INITIATIVE: "recommendation.read" } as const;

/**
 * What the rule needs to know about the evidence among `subjects`: what `known` holds, the rest
 * loaded in one query.
 */
async function evidenceFacts(
  db: Facts,
  subjects: readonly Subject[],
  known: ReadonlyMap<string, EvidenceFacts>,
): Promise<Map<string, EvidenceFacts>> {
  const facts = new Map(known);
  const ids = [...new Set(subjects.filter((s) => s.type === "EVIDENCE" && !facts.has(s.id)).map((s) => s.id))];
  if (ids.length === 0) return facts;
  const rows = await db.evidence.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, organizationId: true } });
  for (const row of rows) facts.set(row.id, row);
  return facts;
}

function readable(reader: Reader, subject: Subject, evidence: Map<string, EvidenceFacts>): boolean {
  if (reader.status !== "ACTIVE" || !can(reader, READ_ACTION[subject.type])) return false;
  if (subject.type !== "EVIDENCE") return true;
  const facts = evidence.get(subject.id);
  return !!facts && isVisibleTo(reader, facts);
}

/**
 * For each (reader, subject) pair, whether the reader may be told about the subject. `known`:
 * evidence the caller holds as it stands in the current transaction (a write that just changed
 * it), by id; only the other evidence is read.
 */
export async function mayBeTold(
  db: Facts,
  pairs: readonly { reader: Reader; subject: Subject }[],
  known: ReadonlyMap<string, EvidenceFacts> = new Map(),
): Promise<boolean[]> {
  const evidence = await evidenceFacts(
    db,
    pairs.map((p) => p.subject),
    known,
  );
  return pairs.map(({ reader, subject }) => readable(reader, subject, evidence));
}

/**
 * The same rule as a filter on stored notifications, for the inbox: the subject of each must be
 * readable by `reader` today. (Projects and initiatives are readable by every signed-in role.)
 */
export function toldWhere(reader: Pick<Reader, "organizationId">): Prisma.NotificationWhereInput {
  return {
    OR: [
      { evidenceId: null },
      {
        evidence: {
          OR: [{ status: { notIn: PRIVATE_STATUSES } }, ...(reader.organizationId ? [{ organizationId: reader.organizationId }] : [])],
        },
      },
    ],
  };
}
