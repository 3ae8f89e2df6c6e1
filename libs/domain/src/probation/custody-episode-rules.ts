import { type IsoDate } from '@app/calendar';

/**
 * The rules a custody episode follows (docs/probation.md#custody-episodes), as pure functions: the
 * service reads, these decide, the repository writes. ISO dates compare as strings.
 */

/** Varetægt (remand, awaiting trial) or afsoning (serving a sentence). */
export const CUSTODY_KINDS = ['remand', 'sentence'] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];

/** Whom to contact about post while the tenant is away: a person the tenant named, or the probation officer. */
export const CONTACT_KINDS = ['person', 'probation_officer'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export type CloseReason = 'released' | 'consent_withdrawn';

export interface EpisodeContact {
  kind: ContactKind;
  /** Only for `person`: the name, and a phone number or an email (at least one). */
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** The facts of an episode as recorded or changed. */
export interface EpisodeFacts {
  kind: CustodyKind;
  institution: string;
  startedOn: IsoDate;
  expectedReleaseOn: IsoDate | null;
  paroleOn: IsoDate | null;
  sentenceMonths: number | null;
  contact: EpisodeContact;
}

export type CustodyRuleCode =
  | 'CUSTODY_START_IN_FUTURE'
  | 'CUSTODY_RELEASE_BEFORE_START'
  | 'CUSTODY_PAROLE_BEFORE_START'
  | 'CUSTODY_REMAND_SENTENCE_LENGTH'
  | 'CUSTODY_CONTACT_INCOMPLETE'
  | 'CUSTODY_CONTACT_NOT_A_PERSON';

/** One broken rule, with the field at fault. */
export interface CustodyViolation {
  code: CustodyRuleCode;
  field: string;
}

/**
 * Every rule the facts break, in field order (empty: valid).
 * - the start is not in the future (an episode records custody that has begun);
 * - the expected release and the parole date are not before the start;
 * - remand has no sentence length (nobody has been sentenced yet);
 * - a person as contact has a name and a phone number or an email; the probation officer as
 *   contact carries none of them (the officer's own details are used).
 */
export function episodeViolations(facts: EpisodeFacts, today: IsoDate): CustodyViolation[] {
  const violations: CustodyViolation[] = [];
  if (facts.startedOn > today) violations.push({ code: 'CUSTODY_START_IN_FUTURE', field: 'startedOn' });
  if (facts.expectedReleaseOn !== null && facts.expectedReleaseOn < facts.startedOn) {
    violations.push({ code: 'CUSTODY_RELEASE_BEFORE_START', field: 'expectedReleaseOn' });
  }
  if (facts.paroleOn !== null && facts.paroleOn < facts.startedOn) {
    violations.push({ code: 'CUSTODY_PAROLE_BEFORE_START', field: 'paroleOn' });
  }
  if (facts.kind === 'remand' && facts.sentenceMonths !== null) {
    violations.push({ code: 'CUSTODY_REMAND_SENTENCE_LENGTH', field: 'sentenceMonths' });
  }
  const { contact } = facts;
  if (contact.kind === 'person') {
    if (!contact.name || (!contact.phone && !contact.email)) {
      violations.push({ code: 'CUSTODY_CONTACT_INCOMPLETE', field: 'contact' });
    }
  } else if (contact.name || contact.phone || contact.email) {
    violations.push({ code: 'CUSTODY_CONTACT_NOT_A_PERSON', field: 'contact' });
  }
  return violations;
}

export type ReleaseRefusal =
  | { code: 'CUSTODY_EPISODE_CLOSED' }
  | { code: 'CUSTODY_RELEASE_BEFORE_START'; startedOn: IsoDate }
  | { code: 'CUSTODY_RELEASE_IN_FUTURE'; today: IsoDate };

/**
 * Recording the release closes an open episode: on a day not before the start and not after
 * today (a release planned for later is the expected release date, not a release).
 */
export function releaseRefusal(
  episode: { startedOn: IsoDate; closedReason: CloseReason | null },
  releasedOn: IsoDate,
  today: IsoDate,
): ReleaseRefusal | null {
  if (episode.closedReason !== null) return { code: 'CUSTODY_EPISODE_CLOSED' };
  if (releasedOn < episode.startedOn) return { code: 'CUSTODY_RELEASE_BEFORE_START', startedOn: episode.startedOn };
  if (releasedOn > today) return { code: 'CUSTODY_RELEASE_IN_FUTURE', today };
  return null;
}

/** A person has at most one open episode: a second is refused while one is open. */
export function mayOpenEpisode(openEpisodes: number): boolean {
  return openEpisodes === 0;
}

/** The facts after a change: only the fields given change; `undefined` keeps, `null` clears. */
export function mergeEpisodeFacts(current: EpisodeFacts, change: Partial<EpisodeFacts>): EpisodeFacts {
  const pick = <K extends keyof EpisodeFacts>(key: K): EpisodeFacts[K] =>
    change[key] === undefined ? current[key] : (change[key] as EpisodeFacts[K]);
  return {
    kind: pick('kind'),
    institution: pick('institution'),
    startedOn: pick('startedOn'),
    expectedReleaseOn: pick('expectedReleaseOn'),
    paroleOn: pick('paroleOn'),
    sentenceMonths: pick('sentenceMonths'),
    contact: pick('contact'),
  };
}
