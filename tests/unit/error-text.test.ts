import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { useErrorText, type ErrorFeature } from "@/components/forms/use-error-text";
import { messagesByLocale } from "@/lib/i18n/messages";

type Locale = keyof typeof messagesByLocale;

/** What a form of `feature` shows for a validation key and a server error code. */
function shown(locale: Locale, feature: ErrorFeature | undefined, key: string, code = "none") {
  function Probe() {
    const errorText = useErrorText(feature);
    return createElement("p", null, `${errorText.field(key)}|${errorText.server({ code })}`);
  }
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, timeZone: "UTC", messages: messagesByLocale[locale], children: createElement(Probe) }),
  );
  return html.replace(/^<p>|<\/p>$/g, "").split("|");
}

describe("error texts", () => {
  it("uses the form's own feature's words when two features word a code differently", () => {
    for (const locale of ["en", "zh", "ru"] as const) {
      const messages = messagesByLocale[locale] as unknown as Record<string, { validation: Record<string, string> }>;
      // Hiding a comment without a reason must not ask for "a reason for the dispute".
      expect(shown(locale, "comments", "reasonRequired")[0]).toBe(messages.comments.validation.reasonRequired);
      expect(shown(locale, "evidence", "reasonRequired")[0]).toBe(messages.evidence.validation.reasonRequired);
      expect(messages.comments.validation.reasonRequired).not.toBe(messages.evidence.validation.reasonRequired);
    }
  });

  it("still finds core and other features' codes, and falls back to a generic text", () => {
    const en = messagesByLocale.en as unknown as {
      validation: Record<string, string>;
      errors: Record<string, string>;
      projects: { errors: Record<string, string> };
    };
    expect(shown("en", "comments", "required", "staleVersion")).toEqual([en.validation.required, en.errors.staleVersion]);
    expect(shown("en", undefined, "no-such-key", "cannotRemoveLead")).toEqual([en.validation.invalid, en.projects.errors.cannotRemoveLead]);
    expect(shown("en", "evidence", "required", "no-such-code")[1]).toBe(en.errors.generic);
  });
});
