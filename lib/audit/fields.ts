/**
 * The fields audit entries record, by entity type: the entity's own columns (every one, as a
 * creation records the whole row) and what the services add beside them (a project's partner
 * rows, texts and imports, a period's enrolment, a token's revocation reason, …). Every field
 * listed has a label in each language (`auditLog.fields`, checked by a unit test); a field
 * recorded but not listed shows its key.
 */
export const AUDITED_FIELDS: Record<string, readonly string[]> = {
  ApiToken: [
    ...["id", "kind", "name", "hint", "scope", "userId", "organizationId", "ownerRole", "createdById", "expiresAt"],
    ...["revokedAt", "revokedReason", "revokedById", "lastUsedAt", "rateLimit", "windowStartedAt", "windowCount", "createdAt"],
    "reason",
  ],
  Evidence: [
    ...["id", "projectId", "indicatorId", "value", "periodStart", "periodEnd", "sourceUrl", "status", "originalLocale"],
    ...["textVersion", "submittedById", "organizationId", "submittedAt", "reportingPeriodId", "outlier", "version"],
    ...["createdAt", "updatedAt"],
    ...["narrative", "attachments", "removedAttachments", "addedAttachments", "verification"],
  ],
  JointProject: [
    ...["id", "code", "sector", "location", "regionCode", "alignment", "declaredStage", "status", "startDate", "endDate"],
    ...["originalLocale", "textVersion", "searchText", "version", "createdById", "latestD", "latestLevel", "latestStage"],
    ...["createdAt", "updatedAt", "title", "summary"],
    // A text (translation) row.
    ...["projectId", "locale", "source", "sourceVersion", "updatedById"],
    // A partner row (invitation, answer, removal, consent to publish).
    ...["organizationId", "role", "invitedById", "respondedById", "respondedAt", "publishConsent", "publishConsentAt"],
    // An evidence import.
    ...["period", "file", "format", "intent", "count", "outliers", "evidenceIds"],
    // A follow.
    ...["userId", "initiativeId", "following"],
    // The indicator plan (`project.plan` records its rows as a bare list).
    "plan",
  ],
  Organization: [
    ...["id", "nameEn", "nameZh", "nameRu", "country", "type", "cityEn", "cityZh", "cityRu", "archivedAt", "version"],
    ...["createdAt", "updatedAt"],
  ],
  User: [
    ...["id", "email", "name", "role", "status", "locale", "organizationId", "organization", "sessionVersion", "version"],
    ...["lastLoginAt", "totpEnabledAt", "totpLastStep", "createdAt", "updatedAt"],
    ...["secondFactor", "recoveryCodes", "twoFactorEnabledAt"],
    // A sign-in's session (lib/auth/sign-in.ts) and sessions ended (lib/sessions/service.ts).
    ...["sessionId", "ip", "startedAt", "sessionIds", "ips", "count"],
    // An administrator revoking the person's personal API tokens (lib/api-tokens/service.ts).
    "tokensRevoked",
  ],
  ReportingPeriod: [
    ...["id", "key", "startsOn", "endsOn", "deadline", "reopenedUntil", "reopenReason", "version", "createdById"],
    ...["createdAt", "updatedAt", "projectIds", "evidenceJoined", "closesAt", "wasOpen", "reason"],
  ],
  ScoringModel: [
    ...["id", "version", "config", "catalog", "context", "active", "note", "createdById", "createdAt", "activatedAt"],
    ...["rescoreJobId", "projects", "previewToken", "indicators"],
  ],
  Comment: [
    ...["id", "projectId", "evidenceId", "initiativeId", "parentId", "depth", "authorId", "body", "locale", "version"],
    ...["textVersion", "editedAt", "deletedAt", "hiddenAt", "hiddenById", "hiddenReason", "revisionRequest", "resolvedAt"],
    ...["resolvedById", "createdAt", "updatedAt"],
    ...["target", "mentions", "reportId", "reason", "dismissed", "resolved"],
  ],
  ForumEdition: ["id", "nameEn", "nameZh", "nameRu", "heldOn", "place", "version", "createdAt", "publishedAt", "initiativeIds"],
  Indicator: [
    ...["id", "code", "dimension", "stageTag", "unit", "direction", "kind", "lower", "upper", "weight", "flags"],
    ...["nameEn", "nameZh", "nameRu", "definitionEn", "definitionZh", "definitionRu", "active", "version", "createdAt", "updatedAt"],
  ],
  Initiative: [
    ...["id", "recommendationId", "titleEn", "titleZh", "titleRu", "descriptionEn", "descriptionZh", "descriptionRu"],
    ...["responsible", "status", "startDate", "dueDate", "weight", "dimensions", "indicatorCodes", "version", "createdById"],
    ...["createdAt", "updatedAt", "owners", "milestones", "projects", "projectIds", "progress", "reason"],
    // A progress update posted on it.
    ...["initiativeId", "kind", "authorId", "authorName", "body", "links", "fromStatus", "toStatus", "milestoneId"],
    ...["evidenceIds", "attachments"],
  ],
  Milestone: [
    ...["id", "initiativeId", "title", "dueDate", "weight", "position", "completedAt", "completedById", "version", "createdAt"],
    ...["order", "progress"],
  ],
  Recommendation: [
    ...["id", "code", "area", "position", "textEn", "textZh", "textRu", "dimensions", "indicatorCodes", "retiredAt"],
    ...["version", "createdAt", "updatedAt"],
  ],
  // What `seed.demo` counts (lib/seed/index.ts).
  Database: [
    ...["organizations", "users", "projects", "evidence", "attachments", "periods", "periodMembers", "periodEvidence"],
    ...["comments", "notifications", "initiatives", "publishedProjects"],
  ],
};

/**
 * A snapshot that is a bare value rather than an object is shown as one field; its name, by
 * entity type: `project.plan` records the plan's rows as a list. Any other type calls it "".
 */
export const BARE_VALUE_FIELD: Record<string, string> = { JointProject: "plan" };

/**
 * What the objects recorded inside a field are, by "Type.field": the shape whose labels
 * (`auditLog.fields.<Shape>`) and codes (AUDIT_CODE_WORDS) word their keys and values. A shape
 * may be an audited entity (a milestone row, a user's organization) or one of NESTED_FIELDS,
 * whose own nested objects keep its shape (a scoring model's `config.stage.stage3`). An object
 * without a shape shows its keys as recorded.
 */
export const NESTED_SHAPES: Record<string, string> = {
  "Evidence.verification": "Verification",
  "Evidence.attachments": "Attachment",
  "Evidence.addedAttachments": "Attachment",
  "Evidence.outlier": "Outlier",
  "Initiative.owners": "InitiativeOwner",
  "Initiative.projects": "InitiativeProject",
  "Initiative.milestones": "Milestone",
  "Initiative.attachments": "Attachment",
  "JointProject.plan": "PlanRow",
  "ScoringModel.config": "ModelConfig",
  "User.organization": "Organization",
  "Comment.target": "CommentTarget",
};

/** The keys the services record inside those objects, by shape (a unit test checks each has a label). */
export const NESTED_FIELDS: Record<string, readonly string[]> = {
  // A verification row (lib/evidence/transitions.ts).
  Verification: ["id", "evidenceId", "userId", "organizationId", "decision", "reason", "fixes", "evidenceVersion", "createdAt"],
  // `attachmentSelect` of lib/evidence/service.ts and lib/initiatives/updates.ts.
  Attachment: ["id", "fileName", "mimeType", "size", "sha256"],
  // lib/evidence/outliers.ts
  Outlier: ["reasons", "low", "high"],
  InitiativeOwner: ["initiativeId", "organizationId"],
  InitiativeProject: ["initiativeId", "projectId"],
  // lib/targets/service.ts
  PlanRow: ["indicatorId", "baseline", "target"],
  // lib/scores/schema.ts (ZModelConfig) and its version; the weight of each dimension and the
  // factor of each status are keyed by their codes (AUDIT_KEY_WORDS).
  ModelConfig: [
    ...["version", "normalization", "kind", "shift", "weighting", "expert", "entropy", "equal", "couplingVariant"],
    ...["dimensionWeights", "statusFactors", "levelThresholds", "stage", "stage3", "stage2", "minD", "minU", "minIndicators"],
    ...["features", "constraints", "institutionalLag", "dataGovernance", "talent", "missingIndicators"],
  ],
  // lib/comments/schema.ts (ZTarget)
  CommentTarget: ["type", "id"],
};

/** The shape of the value in `field` of an object of shape `shape` ("" when it has none). */
export function nestedShape(shape: string, field: string): string {
  return NESTED_SHAPES[`${shape}.${field}`] ?? (Object.hasOwn(NESTED_FIELDS, shape) ? shape : "");
}

/** Columns that hold secrets: redacted or never selected for the log (lib/audit/service.ts). */
export const NEVER_RECORDED = new Set(["passwordHash", "tokenHash", "totpSecret", "totpPendingSecret"]);
