/**
 * One refused input of a counselling rule: a stable `code` (what the API returns and the catalogue
 * words) and the `field` it concerns. The rules return every issue they find rather than throwing on
 * the first, so a form can mark each field at once; an empty list means valid.
 */
export interface ValidationIssue<Code extends string = string> {
  readonly code: Code;
  readonly field: string;
}

/** Whole øre, not negative, within the range a JavaScript number holds exactly. */
export function isOreAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
