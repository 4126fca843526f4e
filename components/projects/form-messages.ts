/**
 * The message namespaces the project form (new and edit) reads in the browser, for the pages that render it
 * (`<ClientMessages ns={PROJECT_FORM_MESSAGES}>`). A plain module, not a client one, so server pages get the value.
 */
export const PROJECT_FORM_MESSAGES = [
  "projects.fields",
  "projects.chooseSector",
  "projects.sectors",
  "projects.chooseStage",
  "projects.stages",
  "projects.new",
  "projects.conflict",
  "projects.regionNone",
  "projects.alignmentTags",
  "countries",
  "common",
  "forms.projects",
] as const;
