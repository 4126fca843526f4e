import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { OrgList } from "@/components/landing/org-list";
import { messagesByLocale } from "@/lib/i18n/messages";
import { DEMO_ORGANIZATIONS } from "@/lib/seed/demo-data";

type Locale = "en" | "zh" | "ru";
const reader = vi.hoisted(() => ({ locale: "en" as "en" | "zh" | "ru" }));

// The list is a server component; outside a Next request it reads the reader's language from here.
vi.mock("next-intl/server", () => ({
  getLocale: async () => reader.locale,
  getTranslations: async () => createTranslator({ locale: reader.locale, messages: messagesByLocale[reader.locale] }),
}));

const hit = { ...DEMO_ORGANIZATIONS.find((o) => o.key === "hit")!, id: "hit" };
const fefu = { ...DEMO_ORGANIZATIONS.find((o) => o.key === "fefu")!, id: "fefu" };

async function shown(locale: Locale) {
  reader.locale = locale;
  return renderToStaticMarkup(await OrgList({ organizations: [hit, fefu] })).replace(/<[^>]+>/g, " ");
}

describe("landing organization list", () => {
  beforeEach(() => {
    reader.locale = "en";
  });

  it("shows a Chinese reader the cities in Chinese", async () => {
    const text = await shown("zh");
    expect(text).toContain("哈尔滨 · 高校");
    expect(text).toContain("符拉迪沃斯托克");
    expect(text).not.toContain("Harbin");
  });

  it("shows a Russian reader the cities in Russian and an English reader in English", async () => {
    const ru = await shown("ru");
    expect(ru).toContain("Харбин");
    expect(ru).toContain("Владивосток");
    expect(ru).not.toContain("Vladivostok");
    const en = await shown("en");
    expect(en).toContain("Harbin");
    expect(en).toContain("Vladivostok");
  });
});
