import { can, type Action, type Actor } from "@/lib/auth/permissions";

export type NavItem = { href: string; labelKey: string; action: Action };

// Sections appear once their feature exists; each is gated by the permission module.
const ITEMS: NavItem[] = [
  { href: "/", labelKey: "home", action: "app.use" },
  { href: "/projects", labelKey: "projects", action: "project.read" },
  { href: "/portfolio", labelKey: "portfolio.nav", action: "portfolio.read" },
  { href: "/portfolio/map", labelKey: "regionMap.nav", action: "regionMap.read" },
  { href: "/verification", labelKey: "queue.nav", action: "verification.queue" },
  { href: "/periods", labelKey: "periods.nav", action: "period.manage" },
  { href: "/recommendations", labelKey: "recommendations", action: "recommendation.read" },
  { href: "/moderation", labelKey: "comments.moderation.nav", action: "comment.moderate" },
  { href: "/tools/coordination", labelKey: "coordination", action: "app.use" },
  { href: "/admin/users", labelKey: "users", action: "user.read" },
  { href: "/admin/organizations", labelKey: "organizations", action: "organization.manage" },
  { href: "/admin/catalog", labelKey: "catalog", action: "catalog.manage" },
  { href: "/admin/scoring", labelKey: "scoring", action: "scoringModel.manage" },
  { href: "/admin/audit", labelKey: "audit", action: "audit.read" },
  { href: "/admin/outbox", labelKey: "notifications.outbox.nav", action: "outbox.read" },
];

export function navItemsFor(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => can(actor, item.action));
}
