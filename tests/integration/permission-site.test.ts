import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import * as accounts from "@/lib/accounts/service";
import * as apiTokens from "@/lib/api-tokens/service";
import type { Actor, Role } from "@/lib/auth/permissions";
import * as catalog from "@/lib/catalog/service";
import * as moderation from "@/lib/comments/moderation";
import * as comments from "@/lib/comments/service";
import { ForbiddenError } from "@/lib/errors";
import { confirmMany } from "@/lib/evidence/bulk";
import { listProjectEvidence } from "@/lib/evidence/queries";
import { setFollowing } from "@/lib/follows/service";
import * as forums from "@/lib/forums/service";
import * as initiatives from "@/lib/initiatives/service";
import { markAllRead, markRead } from "@/lib/notifications/inbox";
import { savePreferences } from "@/lib/notifications/preferences";
import * as organizations from "@/lib/organizations/service";
import * as periods from "@/lib/periods/service";
import * as projects from "@/lib/projects/service";
import * as publication from "@/lib/publication/service";
import * as recommendations from "@/lib/recommendations/service";
import { previewModelActivation } from "@/lib/scores/preview";
import { startRescore } from "@/lib/scores/rescore";
import { getProjectScores } from "@/lib/scores/service";
import { activateModelVersion, createModelVersionFromConfig } from "@/lib/scores/versions";
import * as sessions from "@/lib/sessions/service";
import * as twoFactor from "@/lib/two-factor/service";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testSql } from "./helpers/db";

/**
 * Server actions call these services without a permission check of their own (issue 11): the
 * service is the one place that refuses. Each row is a server action, the roles that may use
 * it (written out here, independently of lib/auth/permissions.ts) and the service call the
 * action makes. Every other role, and a role the platform does not know, must be refused with
 * ForbiddenError before anything is read or written: the inputs are deliberately empty, so a
 * service that looked at them before checking would fail differently.
 */
type Call = (actor: Actor) => Promise<unknown>;
const ALL: Role[] = ["ADMIN", "ORGANIZER", "PARTNER"];
const none = {} as never;
const id = randomUUID();

let w: Awaited<ReturnType<typeof createCommentWorld>>;
let ownComment: { id: string; version: number };

const cases = (): [action: string, allowed: Role[], call: Call][] => [
  ["inviteUserAction", ["ADMIN"], (a) => accounts.inviteUser(a, none)],
  ["reissueInvitationAction", ["ADMIN"], (a) => accounts.reissueInvitation(a, id)],
  ["updateUserAction", ["ADMIN"], (a) => accounts.updateUser(a, none)],
  ["setUserActiveAction", ["ADMIN"], (a) => accounts.setUserActive(a, { id, active: false })],
  ["issuePasswordResetAction", ["ADMIN"], (a) => accounts.issuePasswordReset(a, id)],
  ["endSessionsOfAction", ["ADMIN"], (a) => sessions.endSessionsOf(a, id)],
  ["changePasswordAction", ALL, (a) => accounts.changeOwnPassword(a, none, "192.0.2.1")],
  ["setLocaleAction", ALL, (a) => accounts.setOwnLocale(a, "ru")],
  ["updateIndicatorAction", ["ADMIN"], (a) => catalog.updateIndicator(a, none)],
  [
    "createCommentAction",
    ALL,
    (a) => comments.createComment(a, { target: w.projectTarget, body: "Hello", locale: "en", parentId: null, revisionRequest: false }),
  ],
  ["editCommentAction", ALL, (a) => comments.editComment(a, { ...ownComment, body: "Edited", locale: "en" })],
  ["deleteCommentAction", ALL, (a) => comments.deleteComment(a, ownComment)],
  ["translateCommentAction", ALL, (a) => comments.translateComment(a, { id: ownComment.id, body: "你好", locale: "zh" })],
  ["resolveRevisionRequestAction", ALL, (a) => comments.resolveRevisionRequest(a, ownComment)],
  ["reportCommentAction", ALL, (a) => moderation.reportComment(a, { id: ownComment.id, reason: "spam" })],
  ["hideCommentAction", ["ORGANIZER"], (a) => moderation.hideComment(a, none)],
  ["dismissReportsAction", ["ORGANIZER"], (a) => moderation.dismissReports(a, { id })],
  ["listRevisionsAction", ["ORGANIZER"], (a) => moderation.listRevisions(a, id)],
  ["setFollowingAction", ALL, (a) => setFollowing(a, { type: "PROJECT", id: w.project.id }, true)],
  ["createForumAction", ["ORGANIZER"], (a) => forums.createForum(a, none)],
  ["assignInitiativesAction", ["ORGANIZER"], (a) => forums.assignInitiatives(a, none)],
  ["createInitiativeAction", ["ORGANIZER"], (a) => initiatives.createInitiative(a, none)],
  ["updateInitiativeAction", ["ORGANIZER"], (a) => initiatives.updateInitiative(a, none)],
  ["addMilestoneAction", ["ORGANIZER"], (a) => initiatives.addMilestone(a, none)],
  ["moveMilestoneAction", ["ORGANIZER"], (a) => initiatives.moveMilestone(a, none)],
  ["deleteMilestoneAction", ["ORGANIZER"], (a) => initiatives.deleteMilestone(a, none)],
  ["markNotificationsReadAction", ALL, (a) => markRead(a, [])],
  ["markAllNotificationsReadAction", ALL, (a) => markAllRead(a)],
  ["saveNotificationPreferencesAction", ALL, (a) => savePreferences(a, none)],
  ["createOrganizationAction", ["ADMIN"], (a) => organizations.createOrganization(a, none)],
  ["updateOrganizationAction", ["ADMIN"], (a) => organizations.updateOrganization(a, none)],
  ["archiveOrganizationAction", ["ADMIN"], (a) => organizations.setOrganizationArchived(a, { id, archived: true })],
  ["createProjectAction", ["PARTNER"], (a) => projects.createProject(a, none)],
  ["openPeriodAction", ["ORGANIZER"], (a) => periods.openPeriod(a, none)],
  ["reopenPeriodAction", ["ORGANIZER"], (a) => periods.reopenPeriod(a, none)],
  ["confirmManyAction", ["PARTNER", "ORGANIZER"], (a) => confirmMany(a, none)],
  ["createRecommendationAction", ["ORGANIZER"], (a) => recommendations.createRecommendation(a, none)],
  ["updateRecommendationAction", ["ORGANIZER"], (a) => recommendations.updateRecommendation(a, none)],
  ["retireRecommendationAction", ["ORGANIZER"], (a) => recommendations.setRecommendationRetired(a, { id, retired: true })],
  ["createModelVersionAction", ["ADMIN"], (a) => createModelVersionFromConfig(a, none)],
  ["activateModelAction", ["ADMIN"], (a) => activateModelVersion(a, id, { previewToken: "0".repeat(64) })],
  ["model preview page", ["ADMIN"], (a) => previewModelActivation(a, id, "en")],
  ["restartRescoreAction", ["ADMIN"], (a) => startRescore(a)],
  ["startEnrolmentAction", ALL, (a) => twoFactor.startEnrolment(a as never)],
  ["confirmEnrolmentAction", ALL, (a) => twoFactor.confirmEnrolment(a as never, "000000", "192.0.2.1")],
  ["regenerateRecoveryCodesAction", ALL, (a) => twoFactor.regenerateRecoveryCodes(a as never, "000000", "192.0.2.1")],
  ["disableTwoFactorAction", ["PARTNER"], (a) => twoFactor.disableOwnTwoFactor(a as never, "000000", "192.0.2.1")],
  ["resetTwoFactorAction", ["ADMIN"], (a) => twoFactor.resetTwoFactor(a, id)],
  ["setPublishConsentAction", ["ADMIN", "PARTNER"], (a) => publication.setPublishConsent(a, none)],
  ["setForumPublishedAction", ["ORGANIZER"], (a) => publication.setForumPublished(a, none)],
  ["createPersonalTokenAction", ALL, (a) => apiTokens.createPersonalToken(a, none)],
  ["createOrganizationTokenAction", ["ADMIN"], (a) => apiTokens.createOrganizationToken(a, none)],
  ["revokeTokenAction", ALL, (a) => apiTokens.revokeToken(a, { id })],
  // The project page's sections that load when scrolled to (read-only, any known role).
  ["loadEvidenceTableAction", ALL, (a) => listProjectEvidence(a, w.project.id)],
  ["loadScoreDetailsAction", ALL, (a) => getProjectScores(a, w.project.id)],
];

/** Rows of every table these services write, to prove that a refusal changed nothing. */
async function counts() {
  const [row] = await testSql()<Record<string, string>[]>`
    select (select count(*) from audit_log) as audit, (select count(*) from users) as users,
      (select count(*) from organizations) as orgs, (select count(*) from comments) as comments,
      (select count(*) from comment_reports) as reports, (select count(*) from follows) as follows,
      (select count(*) from notification_preferences) as preferences, (select count(*) from forum_editions) as forums,
      (select count(*) from initiatives) as initiatives, (select count(*) from recommendations) as recommendations,
      (select count(*) from scoring_models) as models, (select count(*) from api_tokens) as tokens, (select count(*) from notifications where read_at is not null) as read`;
  return row;
}

describe("one permission site: the services refuse the wrong role", () => {
  beforeAll(async () => {
    await resetDb();
    w = await createCommentWorld();
    ownComment = await comment(w.cn, w.projectTarget, "A comment by the Chinese partner");
  });

  it.each(cases())("%s refuses every role but %j, and an unknown role", async (action, allowed, call) => {
    const byRole: Record<Role | "GUEST", Actor> = {
      ADMIN: w.admin,
      ORGANIZER: w.organizer,
      PARTNER: w.cn,
      // A role the platform does not know (a stale or forged session) is refused everywhere.
      GUEST: { id: w.cn.id, role: "GUEST", organizationId: w.cn.organizationId },
    };
    const refused = (["ADMIN", "ORGANIZER", "PARTNER", "GUEST"] as const).filter((r) => !allowed.includes(r as Role));
    expect(refused.length).toBeGreaterThan(0);
    const before = await counts();
    for (const role of refused) {
      await expect(call(byRole[role]), `${action} as ${role}`).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await counts()).toEqual(before);
  });
});
