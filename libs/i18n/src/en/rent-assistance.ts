import { type Messages } from '../catalogue.js';

export const rentAssistance: Messages['rentAssistance'] = {
  RENT_ASSISTANCE_APPLICATION_NOT_FOUND: 'The rent assistance application does not exist.',
  RENT_ASSISTANCE_KIND_INVALID:
    'The kind of application must be aktivloven § 81, § 81 a, § 81 b or housing benefit (boligstøtte).',
  RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED: (p) =>
    `The decision (${p.decided}) cannot come before the application (${p.applied}).`,
  RENT_ASSISTANCE_AMOUNT_REQUIRED: 'A grant needs an amount: a positive whole number of øre (at most 10 million kr).',
  RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED: 'An amount can only be given when the application is granted.',
  RENT_ASSISTANCE_ALREADY_DECIDED: (p) =>
    `The application has already been decided (${p.decision}). A decision can only be changed as a correction with a reason.`,
  RENT_ASSISTANCE_NOT_DECIDED: 'The application has not been decided yet, so there is nothing to correct.',
  RENT_ASSISTANCE_REASON_MISSING: 'A correction of a decision needs a reason.',
  RENT_ASSISTANCE_NOT_GRANTED:
    'The case can only be closed with rent assistance when an application on it was granted on or before the closing day.',
  kinds: {
    section_81: 'one-off grant under aktivloven § 81',
    section_81a: 'temporary rent assistance under aktivloven § 81 a',
    section_81b: 'rent help for under-30s under aktivloven § 81 b',
    housing_benefit: 'housing benefit (boligstøtte)',
  },
  decisions: {
    pending: 'awaiting decision',
    granted: 'granted',
    refused: 'refused',
  },
};
