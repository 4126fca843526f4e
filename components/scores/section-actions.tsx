"use server";

import { z } from "zod";

import { authActionClient } from "@/lib/actions/safe-action";
import { locales } from "@/lib/i18n/routing";
import { getProjectScores } from "@/lib/scores/service";
import { planByIndicator } from "@/lib/targets/service";

import { CountryTable } from "./country-table";
import { ScoreDiagnostics } from "./score-diagnostics";
import { ScoreExplanation } from "./score-explanation";
import { ScoreHistory } from "./score-history";

const ZScoreDetailsInput = z.object({ projectId: z.uuid("invalidId"), locale: z.enum(locales) });

/**
 * The lower half of the score panel (diagnostics, per-indicator contributions, history, both
 * partners' contributions),
 * rendered when the reader scrolls to it (DeferredSection). getProjectScores checks that the
 * reader may read the project; the baselines and targets read beside it are shown only then.
 */
export const loadScoreDetailsAction = authActionClient.inputSchema(ZScoreDetailsInput).action(async ({ parsedInput, ctx }) => {
  const [data, plan] = await Promise.all([
    getProjectScores(ctx.user, parsedInput.projectId),
    planByIndicator(ctx.user, parsedInput.projectId),
  ]);
  if (!data.latest) return null;
  return (
    <div className="space-y-8">
      <ScoreDiagnostics latest={data.latest} catalog={data.catalog} plan={plan} locale={parsedInput.locale} />
      <ScoreExplanation rows={data.contributions} catalog={data.catalog} locale={parsedInput.locale} />
      <ScoreHistory history={data.history} />
      <CountryTable countries={data.countries} catalog={data.catalog} locale={parsedInput.locale} />
    </div>
  );
});
