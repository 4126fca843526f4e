/**
 * The one error the scoring core throws. `field` names the offending input (e.g.
 * `projects[3].evidence[7].value`) so callers can map it to a form field; the message
 * repeats it because logs usually only keep the message.
 */
export class ScoringInputError extends Error {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`Invalid scoring input "${field}": ${problem}`);
    this.name = "ScoringInputError";
    this.field = field;
  }
}
