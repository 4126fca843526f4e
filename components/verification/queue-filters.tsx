import { getTranslations } from "next-intl/server";

import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import type { TQueueFilter } from "@/lib/verification/schema";

type Option = { value: string; label: string };

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked or shared. */
export async function QueueFilters({
  filter,
  choices,
}: {
  filter: TQueueFilter;
  choices: { projects: Option[]; periods: Option[]; indicators: Option[]; organizations: Option[] };
}) {
  const t = await getTranslations("queue.filters");
  const td = await getTranslations("evidence.dimensions");
  const any = t("any");
  return (
    <form
      method="get"
      role="search"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
      data-testid="queue-filters"
    >
      <SelectField name="project" label={t("project")} placeholder={any} defaultValue={filter.project ?? ""} options={choices.projects} />
      <SelectField name="period" label={t("period")} placeholder={any} defaultValue={filter.period ?? ""} options={choices.periods} />
      <SelectField
        name="indicator"
        label={t("indicator")}
        placeholder={any}
        defaultValue={filter.indicator ?? ""}
        options={choices.indicators}
      />
      <SelectField
        name="dimension"
        label={t("dimension")}
        placeholder={any}
        defaultValue={filter.dimension ?? ""}
        options={(["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const).map((d) => ({ value: d, label: td(d) }))}
      />
      <SelectField
        name="organization"
        label={t("organization")}
        placeholder={any}
        defaultValue={filter.organization ?? ""}
        options={choices.organizations}
      />
      <TextField type="number" name="minAge" min={1} step={1} label={t("minAge")} defaultValue={filter.minAge ?? ""} inputMode="numeric" />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="unusual" value="1" defaultChecked={filter.unusual} />
        {t("unusual")}
      </label>
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/verification" className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
