import "server-only";

import { z } from "zod";

import { toIsoDate } from "@/lib/dates";
import { DECISIONS } from "@/lib/evidence/schema";
import { EVIDENCE_STATUSES } from "@/lib/evidence/status";
import { DIMENSIONS } from "@/lib/scoring/types";

import { named, organizationRef, responses, trilingual, ZIsoDateTime, ZIsoDay, ZLocale, ZOrganizationRef, ZTrilingual } from "../schemas";

/** What the API says about evidence: one schema for the list and the single item. */

export const ZIndicatorRef = named(
  responses,
  "IndicatorRef",
  z.object({
    id: z.uuid(),
    code: z.string(),
    dimension: z.enum(DIMENSIONS),
    unit: z.string(),
    kind: z.enum(["QUANTITATIVE", "ORDINAL"]),
    name: ZTrilingual,
  }),
);

export const indicatorRef = (i: {
  id: string;
  code: string;
  dimension: (typeof DIMENSIONS)[number];
  unit: string;
  kind: "QUANTITATIVE" | "ORDINAL";
  nameEn: string;
  nameZh: string;
  nameRu: string;
}) => ({ id: i.id, code: i.code, dimension: i.dimension, unit: i.unit, kind: i.kind, name: trilingual(i, "name") });

export const ZEvidence = named(
  responses,
  "Evidence",
  z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    indicator: ZIndicatorRef,
    organization: ZOrganizationRef.meta({ description: "The organization that entered it." }),
    submittedBy: z.string().nullable().meta({ description: "The name of the person who entered or last submitted it." }),
    value: z.number(),
    periodStart: ZIsoDay,
    periodEnd: ZIsoDay,
    status: z.enum(EVIDENCE_STATUSES),
    originalLocale: ZLocale,
    sourceUrl: z.string().nullable(),
    narratives: z.array(
      z.object({
        locale: ZLocale,
        narrative: z.string(),
        status: z.enum(["original", "translated", "outdated"]),
      }),
    ),
    attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string(), size: z.number().int() })),
    verifications: z.array(
      z.object({
        decision: z.enum(DECISIONS),
        reason: z.string().nullable(),
        fixes: z.array(z.string()),
        decidedBy: z.string().nullable(),
        organization: ZOrganizationRef.nullable(),
        decidedAt: ZIsoDateTime,
      }),
    ),
    submittedAt: ZIsoDateTime.nullable(),
    createdAt: ZIsoDateTime,
    version: z.number().int().meta({ description: "Send it back in If-Match to change, submit, withdraw or decide." }),
  }),
  "A piece of evidence with its narrative in every stored language, attachments and decision history.",
);

type OrgRow = Parameters<typeof organizationRef>[0];
export type EvidenceRow = {
  id: string;
  projectId: string;
  indicator: Parameters<typeof indicatorRef>[0];
  organization: OrgRow;
  submittedBy: { name: string } | null;
  value: number;
  periodStart: Date;
  periodEnd: Date;
  status: (typeof EVIDENCE_STATUSES)[number];
  originalLocale: "en" | "zh" | "ru";
  textVersion: number;
  sourceUrl: string | null;
  texts: { locale: "en" | "zh" | "ru"; narrative: string; source: "ORIGINAL" | "HUMAN"; sourceVersion: number }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number }[];
  verifications: {
    decision: (typeof DECISIONS)[number];
    reason: string | null;
    fixes: string[];
    createdAt: Date;
    user: { name: string } | null;
    organization: OrgRow | null;
  }[];
  submittedAt: Date | null;
  createdAt: Date;
  version: number;
};

export function toEvidence(e: EvidenceRow): z.input<typeof ZEvidence> {
  return {
    id: e.id,
    projectId: e.projectId,
    indicator: indicatorRef(e.indicator),
    organization: organizationRef(e.organization),
    submittedBy: e.submittedBy?.name ?? null,
    value: e.value,
    periodStart: toIsoDate(e.periodStart),
    periodEnd: toIsoDate(e.periodEnd),
    status: e.status,
    originalLocale: e.originalLocale,
    sourceUrl: e.sourceUrl,
    narratives: e.texts.map((t) => ({
      locale: t.locale,
      narrative: t.narrative,
      status: t.source === "ORIGINAL" ? "original" : t.sourceVersion < e.textVersion ? "outdated" : "translated",
    })),
    attachments: e.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size })),
    verifications: e.verifications.map((v) => ({
      decision: v.decision,
      reason: v.reason,
      fixes: v.fixes,
      decidedBy: v.user?.name ?? null,
      organization: v.organization ? organizationRef(v.organization) : null,
      decidedAt: v.createdAt.toISOString(),
    })),
    submittedAt: e.submittedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
  };
}
