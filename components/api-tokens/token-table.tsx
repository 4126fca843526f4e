import { getTranslations } from "next-intl/server";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { TokenListRow } from "@/lib/api-tokens/service";
import { getFormatter } from "@/lib/i18n/formatter";

import { revokedText } from "./revocation";
import { RevokeTokenButton } from "./revoke-button";

type State = "active" | "expired" | "revoked";
const TONE: Record<State, BadgeTone> = { active: "green", expired: "neutral", revoked: "red" };

function stateOf(token: TokenListRow, now: Date): State {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}

/** The tokens with their access, last use and state; active ones can be revoked. */
export async function TokenTable({ tokens, showScope, testId }: { tokens: TokenListRow[]; showScope: boolean; testId: string }) {
  const t = await getTranslations("apiTokens");
  const format = await getFormatter();
  const now = new Date();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  if (tokens.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const headers = [
    t("columns.name"),
    ...(showScope ? [t("columns.access")] : []),
    t("columns.created"),
    t("columns.expires"),
    t("columns.lastUsed"),
    t("columns.status"),
    <span key="actions" className="sr-only">
      {t("columns.actions")}
    </span>,
  ];
  return (
    <DataTable headers={headers} testId={testId} caption={t("title")}>
      {tokens.map((token) => {
        const state = stateOf(token, now);
        return (
          <tr key={token.id} data-testid="token-row">
            <td className="px-4 py-2">
              <div className="font-medium">{token.name}</div>
              <div className="font-mono text-xs text-slate-500">…{token.hint}</div>
            </td>
            {showScope && <td className="px-4 py-2">{t(`scopes.${token.scope}`)}</td>}
            <td className="px-4 py-2 whitespace-nowrap">
              {date(token.createdAt)}
              {token.createdBy && <div className="text-xs text-slate-500">{token.createdBy.name}</div>}
            </td>
            <td className="px-4 py-2 whitespace-nowrap">{date(token.expiresAt)}</td>
            <td className="px-4 py-2 whitespace-nowrap" data-testid="token-last-used">
              {token.lastUsedAt ? dateTime(token.lastUsedAt) : t("never")}
            </td>
            <td className="px-4 py-2" data-testid="token-status">
              <Badge tone={TONE[state]}>
                {token.revokedAt
                  ? revokedText(t, date(token.revokedAt), token.revokedReason, token.revokedBy?.name ?? null)
                  : t(`status.${state}`)}
              </Badge>
            </td>
            <td className="px-4 py-2 text-right">{state === "active" && <RevokeTokenButton id={token.id} name={token.name} />}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
