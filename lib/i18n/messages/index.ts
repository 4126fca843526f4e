// Messages are split by feature so that features can be built side by side; each file holds
// whole top-level namespaces, merged here. Every locale has the same files (checked by a test).
import enApiTokens from "./en.apiTokens.json" with { type: "json" };
import enAuditLog from "./en.auditLog.json" with { type: "json" };
import enBoundaries from "./en.boundaries.json" with { type: "json" };
import enCatalog from "./en.catalog.json" with { type: "json" };
import enComments from "./en.comments.json" with { type: "json" };
import enEvidence from "./en.evidence.json" with { type: "json" };
import enExplain from "./en.explain.json" with { type: "json" };
import enExports from "./en.exports.json" with { type: "json" };
import enInitiatives from "./en.initiatives.json" with { type: "json" };
import enIntake from "./en.intake.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import enModelPreview from "./en.modelPreview.json" with { type: "json" };
import enNotifications from "./en.notifications.json" with { type: "json" };
import enPortfolio from "./en.portfolio.json" with { type: "json" };
import enProjects from "./en.projects.json" with { type: "json" };
import enPublication from "./en.publication.json" with { type: "json" };
import enRegionMap from "./en.regionMap.json" with { type: "json" };
import enScores from "./en.scores.json" with { type: "json" };
import enSystem from "./en.system.json" with { type: "json" };
import enTwoFactor from "./en.twoFactor.json" with { type: "json" };
import ruApiTokens from "./ru.apiTokens.json" with { type: "json" };
import ruAuditLog from "./ru.auditLog.json" with { type: "json" };
import ruBoundaries from "./ru.boundaries.json" with { type: "json" };
import ruCatalog from "./ru.catalog.json" with { type: "json" };
import ruComments from "./ru.comments.json" with { type: "json" };
import ruEvidence from "./ru.evidence.json" with { type: "json" };
import ruExplain from "./ru.explain.json" with { type: "json" };
import ruExports from "./ru.exports.json" with { type: "json" };
import ruInitiatives from "./ru.initiatives.json" with { type: "json" };
import ruIntake from "./ru.intake.json" with { type: "json" };
import ru from "./ru.json" with { type: "json" };
import ruModelPreview from "./ru.modelPreview.json" with { type: "json" };
import ruNotifications from "./ru.notifications.json" with { type: "json" };
import ruPortfolio from "./ru.portfolio.json" with { type: "json" };
import ruProjects from "./ru.projects.json" with { type: "json" };
import ruPublication from "./ru.publication.json" with { type: "json" };
import ruRegionMap from "./ru.regionMap.json" with { type: "json" };
import ruScores from "./ru.scores.json" with { type: "json" };
import ruSystem from "./ru.system.json" with { type: "json" };
import ruTwoFactor from "./ru.twoFactor.json" with { type: "json" };
import zhApiTokens from "./zh.apiTokens.json" with { type: "json" };
import zhAuditLog from "./zh.auditLog.json" with { type: "json" };
import zhBoundaries from "./zh.boundaries.json" with { type: "json" };
import zhCatalog from "./zh.catalog.json" with { type: "json" };
import zhComments from "./zh.comments.json" with { type: "json" };
import zhEvidence from "./zh.evidence.json" with { type: "json" };
import zhExplain from "./zh.explain.json" with { type: "json" };
import zhExports from "./zh.exports.json" with { type: "json" };
import zhInitiatives from "./zh.initiatives.json" with { type: "json" };
import zhIntake from "./zh.intake.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };
import zhModelPreview from "./zh.modelPreview.json" with { type: "json" };
import zhNotifications from "./zh.notifications.json" with { type: "json" };
import zhPortfolio from "./zh.portfolio.json" with { type: "json" };
import zhProjects from "./zh.projects.json" with { type: "json" };
import zhPublication from "./zh.publication.json" with { type: "json" };
import zhRegionMap from "./zh.regionMap.json" with { type: "json" };
import zhScores from "./zh.scores.json" with { type: "json" };
import zhSystem from "./zh.system.json" with { type: "json" };
import zhTwoFactor from "./zh.twoFactor.json" with { type: "json" };

type Messages = Record<string, unknown>;

function merge(...parts: Messages[]): Messages {
  const out: Messages = {};
  for (const part of parts) {
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in out) throw new Error(`Message namespace "${namespace}" is defined in two files`);
      out[namespace] = value;
    }
  }
  return out;
}

export const messagesByLocale = {
  en: merge(
    en,
    enProjects,
    enEvidence,
    enScores,
    enCatalog,
    enInitiatives,
    enComments,
    enNotifications,
    enSystem,
    enTwoFactor,
    enExports,
    enPublication,
    enApiTokens,
    enIntake,
    enBoundaries,
    enPortfolio,
    enRegionMap,
    enAuditLog,
    enExplain,
    enModelPreview,
  ),
  zh: merge(
    zh,
    zhProjects,
    zhEvidence,
    zhScores,
    zhCatalog,
    zhInitiatives,
    zhComments,
    zhNotifications,
    zhSystem,
    zhTwoFactor,
    zhExports,
    zhPublication,
    zhApiTokens,
    zhIntake,
    zhBoundaries,
    zhPortfolio,
    zhRegionMap,
    zhAuditLog,
    zhExplain,
    zhModelPreview,
  ),
  ru: merge(
    ru,
    ruProjects,
    ruEvidence,
    ruScores,
    ruCatalog,
    ruInitiatives,
    ruComments,
    ruNotifications,
    ruSystem,
    ruTwoFactor,
    ruExports,
    ruPublication,
    ruApiTokens,
    ruIntake,
    ruBoundaries,
    ruPortfolio,
    ruRegionMap,
    ruAuditLog,
    ruExplain,
    ruModelPreview,
  ),
} as const;
