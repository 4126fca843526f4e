/** Notification kinds and delivery channels, shared by the server and the preference form. */
export const NOTIFICATION_KINDS = [
  "VERIFICATION_REQUESTED",
  "EVIDENCE_CONFIRMED",
  "EVIDENCE_DISPUTED",
  "EVIDENCE_RETURNED",
  "COMMENT_REPLY",
  "MENTION",
  "REVISION_REQUEST",
  "NEW_COMMENT",
  "INITIATIVE_CHANGED",
  "PERIOD_REMINDER",
  "PROJECT_INVITATION",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNELS = ["IN_APP", "EMAIL", "DIGEST"] as const;
export type Channel = (typeof CHANNELS)[number];

export type SubjectType = "PROJECT" | "EVIDENCE" | "INITIATIVE";

/**
 * Delivery for a kind nobody chose yet (issue 14): what asks a person to act (verify, fix a
 * disputed or returned item, answer an invitation, report before a deadline) goes out by e-mail
 * at once; the rest stays in the inbox. Each person can change it on /account.
 */
const EMAIL_BY_DEFAULT = new Set<NotificationKind>([
  "VERIFICATION_REQUESTED",
  "EVIDENCE_DISPUTED",
  "EVIDENCE_RETURNED",
  "PROJECT_INVITATION",
  "PERIOD_REMINDER",
]);

export function defaultChannel(kind: NotificationKind): Channel {
  return EMAIL_BY_DEFAULT.has(kind) ? "EMAIL" : "IN_APP";
}

/**
 * When several rules reach the same person about the same thing, the most specific one wins:
 * being addressed by name beats a request to act, which beats a reply, which beats the
 * broadcast to followers.
 */
const SPECIFICITY: Record<NotificationKind, number> = {
  MENTION: 9,
  REVISION_REQUEST: 8,
  COMMENT_REPLY: 7,
  EVIDENCE_DISPUTED: 6,
  EVIDENCE_RETURNED: 6,
  EVIDENCE_CONFIRMED: 6,
  VERIFICATION_REQUESTED: 5,
  PROJECT_INVITATION: 5,
  PERIOD_REMINDER: 5,
  INITIATIVE_CHANGED: 4,
  NEW_COMMENT: 1,
};

export function moreSpecific(a: NotificationKind, b: NotificationKind): NotificationKind {
  return SPECIFICITY[b] > SPECIFICITY[a] ? b : a;
}

/** Where a notification leads: the item itself, at the comment when there is one. */
export function notificationHref(subjectType: SubjectType, subjectId: string, commentId?: string | null): string {
  const base =
    subjectType === "PROJECT"
      ? `/projects/${subjectId}`
      : subjectType === "EVIDENCE"
        ? `/evidence/${subjectId}`
        : `/initiatives/${subjectId}`;
  return commentId ? `${base}#comment-${commentId}` : base;
}
