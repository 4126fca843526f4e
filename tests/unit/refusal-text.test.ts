import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { useRefusalText, type RefusalTextOptions } from "@/components/forms/use-refusal-text";
import { RequestError } from "@/lib/api/client";
import { messagesByLocale } from "@/lib/i18n/messages";

const FIELDS = ["value", "periodEnd", "attachments", "milestones"];

/** What a form with FIELDS shows for `refusal`: each field's text and the form's own. */
function shown(refusal: unknown, options: Partial<RefusalTextOptions> = {}, locale: "en" | "ru" = "en") {
  const result: { fields: Record<string, string | undefined>; form?: string } = { fields: {} };
  function Probe() {
    const { fieldError, formError } = useRefusalText(refusal, {
      feature: "evidence",
      shows: (path) => FIELDS.includes(path.split(".")[0]),
      ...options,
    });
    for (const name of [...FIELDS, "milestones.1.weight"]) result.fields[name] = fieldError(name);
    result.form = formError;
    return null;
  }
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, timeZone: "UTC", messages: messagesByLocale[locale], children: createElement(Probe) }),
  );
  return result;
}

const en = messagesByLocale.en as unknown as {
  errors: Record<string, string>;
  validation: Record<string, string>;
  evidence: { validation: Record<string, string>; errors: Record<string, string> };
};

describe("a refusal on a form", () => {
  it("puts the schema's message keys beside their fields, in the form's own paths", () => {
    const refusal = new RequestError({ code: "invalidInput" }, { "fields.value": "valueRequired", "fields.periodEnd": "periodOrder" });
    const { fields, form } = shown(refusal, { prefix: "fields." });
    expect(fields.value).toBe(en.evidence.validation.valueRequired);
    expect(fields.periodEnd).toBe(en.evidence.validation.periodOrder);
    expect(form).toBeUndefined();
  });

  it("shows a field's own (client-side) error before the server's", () => {
    const refusal = new RequestError({ code: "invalidInput" }, { value: "valueRequired" });
    expect(shown(refusal, { errors: { value: { type: "validate", message: "required" } } }).fields.value).toBe(en.validation.required);
  });

  it("puts a service error naming a shown field at that field, with its values, and nowhere else", () => {
    const refusal = new RequestError({ code: "attachmentType", field: "attachments", values: { name: "invoice.pdf" } });
    const { fields, form } = shown(refusal);
    expect(fields.attachments).toBe(en.evidence.errors.attachmentType.replace("{name}", "invoice.pdf"));
    expect(fields.value).toBeUndefined();
    expect(form).toBeUndefined();
  });

  it("shows for the whole form what no field shows: a refusal without a field, a hidden field, an id", () => {
    expect(shown(new RequestError({ code: "staleVersion" })).form).toBe(en.errors.staleVersion);
    expect(shown(new RequestError({ code: "cannotChangeOwnRole", field: "role" })).form).toBe(en.errors.cannotChangeOwnRole);
    const id = shown(new RequestError({ code: "invalidInput" }, { id: "invalidId", value: "valueRequired" }));
    expect(id.form).toBe(en.errors.invalidInput);
    expect(id.fields.value).toBe(en.evidence.validation.valueRequired);
  });

  it("matches nested paths to the field that holds them, and a thrown error is a generic refusal", () => {
    const refusal = new RequestError({ code: "invalidInput" }, { "milestones.1.weight": "weightInvalid" });
    const { fields, form } = shown(refusal);
    expect(fields["milestones.1.weight"]).toBeDefined();
    expect(fields.milestones).toBe(fields["milestones.1.weight"]);
    expect(form).toBeUndefined();
    expect(shown(new TypeError("Failed to fetch")).form).toBe(en.errors.generic);
    expect(shown(null)).toEqual({
      fields: Object.fromEntries([...FIELDS, "milestones.1.weight"].map((f) => [f, undefined])),
      form: undefined,
    });
  });
});
