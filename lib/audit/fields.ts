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
  ],
  Organization: [
    ...["id", "nameEn", "nameZh", "nameRu", "country", "type", "cityEn", "cityZh", "cityRu", "archivedAt", "version"],
    ...["createdAt", "updatedAt"],
  ],
  User: [
    ...["id", "email", "name", "role", "status", "locale", "organizationId", "organization", "sessionVersion", "version"],
    ...["lastLoginAt", "totpEnabledAt", "totpLastStep", "createdAt", "updatedAt"],
    ...["secondFactor", "recoveryCodes", "twoFactorEnabledAt"],
    // Signed-in sessions ended from /account (lib/sessions/service.ts).
    ...["sessionId", "ip", "startedAt", "sessionIds", "ips", "count"],
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
};

/** Columns that hold secrets: redacted or never selected for the log (lib/audit/service.ts). */
export const NEVER_RECORDED = new Set(["passwordHash", "tokenHash", "totpSecret", "totpPendingSecret"]);
