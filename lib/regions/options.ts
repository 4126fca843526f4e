import { regionName, REGIONS } from "./catalog";

/** Select options, Chinese regions first, each with its country so two "Moscow"-like names never blur. */
export function regionOptions(locale: string, country: (c: "CN" | "RU") => string): { value: string; label: string }[] {
  return REGIONS.map((r) => ({ value: r.code, label: `${regionName(r.code, locale)} · ${country(r.country)}` }));
}
