/**
 * The message namespaces the initiative form (new and edit) reads in the browser, for the pages that render it
 * (`<ClientMessages ns={INITIATIVE_FORM_MESSAGES}>`). A plain module, not a client one, so server pages get the value.
 */
export const INITIATIVE_FORM_MESSAGES = [
  "initiatives.fields",
  "initiatives.chooseRecommendation",
  "initiatives.responsibleHint",
  "initiatives.ownersHint",
  "initiatives.milestone",
  "initiatives.create",
  "countries",
  "scores.dimensions",
  "common",
  "forms.initiatives",
  "forms.intake",
] as const;
