import { type Messages } from '../catalogue.js';

export const probation: Messages['probation'] = {
  CUSTODY_EPISODE_NOT_FOUND: 'The custody episode does not exist.',
  CUSTODY_CONSENT_MISSING:
    'The tenant has no consent in force for cooperation with the probation service naming this recipient. Record the consent first.',
  CUSTODY_EPISODE_ALREADY_OPEN:
    'The person already has an open custody episode. Record the release before recording a new one.',
  CUSTODY_EPISODE_CLOSED: 'The custody episode is closed and cannot be changed.',
  CUSTODY_EPISODE_INVALID: 'The custody episode cannot be saved. Correct the fields below.',
  CUSTODY_START_IN_FUTURE: (p: { date: string }) => `The start date ${p.date} is in the future.`,
  CUSTODY_RELEASE_BEFORE_START: (p: { startedOn: string }) =>
    `The release cannot be before the custody began (${p.startedOn}).`,
  CUSTODY_RELEASE_IN_FUTURE: (p: { date: string }) =>
    `The release (${p.date}) is in the future. Give an expected release date instead.`,
  CUSTODY_PROBATION_UNIT_REQUIRED: 'Name the probation unit the tenant consented to.',
  details: {
    consentInForce: 'Needs a consent in force for cooperation with the probation service.',
    CUSTODY_START_IN_FUTURE: 'Must not be in the future.',
    CUSTODY_RELEASE_BEFORE_START: 'Must not be before the start date.',
    CUSTODY_PAROLE_BEFORE_START: 'The parole date must not be before the start date.',
    CUSTODY_REMAND_SENTENCE_LENGTH: 'Remand has no sentence length.',
    CUSTODY_CONTACT_INCOMPLETE: 'A contact person needs a name and a phone number or an email.',
    CUSTODY_CONTACT_NOT_A_PERSON: 'With the probation officer as contact, no name, phone or email is given.',
  },
};
