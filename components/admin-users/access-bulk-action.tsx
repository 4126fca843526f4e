"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { useActionButton } from "@/components/forms/use-action-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import type { revokePersonalTokensOfAction } from "@/lib/api-tokens/actions";
import { Link } from "@/lib/i18n/navigation";
import type { endSessionsOfAction } from "@/lib/sessions/actions";

/**
 * On an administrator's user page, for a compromised account: how many of the person's sessions
 * (`users.sessions`) or personal API tokens (`users.tokens`) still work, and ending all of them
 * after a second click. The administrator's own are ended on /account instead, which keeps the
 * session in use.
 */
export function AccessBulkAction({
  kind,
  action,
  userId,
  count,
  self,
}: {
  kind: "sessions" | "tokens";
  action: typeof endSessionsOfAction | typeof revokePersonalTokensOfAction;
  userId: string;
  count: number;
  self: boolean;
}) {
  const t = useTranslations(`users.${kind}`);
  const tc = useTranslations("common");
  const router = useRouter();
  const run = useActionButton(action, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-testid={`admin-${kind}`}>
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      <p className="text-sm">{t("summary", { count })}</p>
      {self ? (
        <p className="text-sm text-slate-600">
          {t.rich("own", {
            account: (chunks) => (
              <Link href="/account" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <>
          <p className="max-w-xl text-sm text-slate-600">{t("intro")}</p>
          {run.error && <Notice tone="error">{run.error}</Notice>}
          {run.data && <Notice tone="success">{t("done", { count: run.data.count })}</Notice>}
          {count > 0 && (
            <div className="flex flex-wrap gap-3">
              <ConfirmButton
                label={t("start")}
                confirmLabel={t("confirm", { count })}
                cancelLabel={tc("cancel")}
                pending={run.isPending}
                onConfirm={() => run.run({ userId })}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
