import { getTranslations } from "next-intl/server";

import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { ProjectDetail } from "@/lib/projects/service";

import { CountryBadge } from "./badges";
import { InvitationButtons } from "./invitation-buttons";
import { RemovePartnerButton } from "./remove-partner-button";

type Props = { project: ProjectDetail; user: SessionUser; locale: string; manage?: boolean };

/**
 * Accepted partners with country and role; pending invitations with accept/decline for the
 * invited organization's users (and organizers). With `manage`, editors may remove/withdraw.
 */
export async function PartnerList({ project, user, locale, manage = false }: Props) {
  const t = await getTranslations("projects");
  const accepted = project.partners.filter((p) => p.status === "ACCEPTED");
  const pending = project.partners.filter((p) => p.status === "PENDING");
  const declined = project.partners.filter((p) => p.status === "DECLINED");
  return (
    <div className="space-y-5">
      <ul className="divide-y divide-slate-100" data-testid="partners-accepted">
        {accepted.map((p) => (
          <li key={p.organizationId} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <div className="flex flex-wrap items-center gap-2">
              <CountryBadge country={p.organization.country} />
              <span className="font-medium">{localized(p.organization, "name", locale)}</span>
              <span className="text-xs text-slate-500">{t(`roles.${p.role}`)}</span>
            </div>
            {manage && p.role !== "LEAD" && (
              <RemovePartnerButton
                projectId={project.id}
                organizationId={p.organizationId}
                organizationName={localized(p.organization, "name", locale)}
                pending={false}
              />
            )}
          </li>
        ))}
      </ul>
      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("detail.pendingInvitations")}</h3>
        {pending.length === 0 && <p className="text-sm text-slate-600">{t("detail.noPending")}</p>}
        <ul className="divide-y divide-slate-100" data-testid="partners-pending">
          {pending.map((p) => {
            const name = localized(p.organization, "name", locale);
            return (
              <li key={p.organizationId} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div className="flex flex-wrap items-center gap-2">
                  <CountryBadge country={p.organization.country} />
                  <span className="font-medium">{name}</span>
                  <span className="text-xs text-amber-800">{t("partnerStatus.PENDING")}</span>
                </div>
                <div className="flex gap-2">
                  {can(user, "project.respondToInvitation", { organizationId: p.organizationId }) && (
                    <InvitationButtons projectId={project.id} organizationId={p.organizationId} organizationName={name} />
                  )}
                  {manage && (
                    <RemovePartnerButton projectId={project.id} organizationId={p.organizationId} organizationName={name} pending />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      {manage && declined.length > 0 && (
        <ul className="text-sm text-slate-600">
          {declined.map((p) => (
            <li key={p.organizationId}>
              {localized(p.organization, "name", locale)} · {t("partnerStatus.DECLINED")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
