import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { listOwnTokens } from "@/lib/api-tokens/service";
import type { Actor } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

import { CreatePersonalTokenForm } from "./create-token-form";
import { TokenTable } from "./token-table";

/** /account: the person's own API tokens. */
export async function PersonalTokensCard({ user }: { user: Actor }) {
  const t = await getTranslations("apiTokens");
  const tokens = await listOwnTokens(user);
  return (
    <Card title={t("title")} className="lg:col-span-2">
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        {t.rich("intro", {
          docs: (chunks) => (
            <Link href="/api-reference" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="space-y-6">
        <CreatePersonalTokenForm />
        <TokenTable tokens={tokens} showScope testId="personal-tokens" />
      </div>
    </Card>
  );
}
