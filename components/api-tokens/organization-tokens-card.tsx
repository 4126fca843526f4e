import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { listOrganizationTokens } from "@/lib/api-tokens/service";
import type { Actor } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

import { CreateOrganizationTokenForm } from "./create-token-form";
import { TokenTable } from "./token-table";

/** The administrator's organization page: the organization's read-only API tokens. */
export async function OrganizationTokensCard({
  user,
  organizationId,
  archived,
}: {
  user: Actor;
  organizationId: string;
  archived: boolean;
}) {
  const t = await getTranslations("apiTokens");
  const tokens = await listOrganizationTokens(user, organizationId);
  return (
    <Card title={t("organizationTitle")}>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        {t.rich("organizationIntro", {
          docs: (chunks) => (
            <Link href="/api-reference" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="space-y-6">
        {!archived && <CreateOrganizationTokenForm organizationId={organizationId} />}
        <TokenTable tokens={tokens} showScope={false} testId="organization-tokens" />
      </div>
    </Card>
  );
}
