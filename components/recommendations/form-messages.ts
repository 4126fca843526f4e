/**
 * The message namespaces the recommendation form (new and edit) reads in the browser, for the pages that render it
 * (`<ClientMessages ns={RECOMMENDATION_FORM_MESSAGES}>`). A plain module, not a client one, so server pages get the value.
 */
export const RECOMMENDATION_FORM_MESSAGES = [
  "recommendations.form",
  "recommendations.areas",
  "scores.dimensions",
  "common",
  "forms.recommendations",
] as const;
