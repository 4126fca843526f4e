/**
 * The message namespaces the evidence form (new and edit) reads in the browser, for the pages that render it
 * (`<ClientMessages ns={EVIDENCE_FORM_MESSAGES}>`). A plain module, not a client one, so server pages get the value.
 */
export const EVIDENCE_FORM_MESSAGES = [
  "evidence.form",
  "evidence.dimensions",
  "evidence.text",
  "evidence.preview",
  "levels",
  "common",
  "forms.evidence",
  "forms.intake",
  "outlier",
] as const;
