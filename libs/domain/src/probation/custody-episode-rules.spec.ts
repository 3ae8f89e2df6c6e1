import { type IsoDate } from '@app/calendar';
import {
  episodeViolations,
  mayOpenEpisode,
  mergeEpisodeFacts,
  releaseRefusal,
  type EpisodeFacts,
} from './custody-episode-rules.js';

const d = (s: string) => s as IsoDate;
const today = d('2026-12-01');

const sentence: EpisodeFacts = {
  kind: 'sentence',
  institution: 'Anstalten ved Herstedvester',
  startedOn: d('2026-11-02'),
  expectedReleaseOn: d('2027-09-02'),
  paroleOn: d('2027-05-20'),
  sentenceMonths: 10,
  contact: { kind: 'person', name: 'Søster', phone: '12345678' },
};

describe('episodeViolations', () => {
  it('accepts a 10-month sentence with a person as contact', () => {
    expect(episodeViolations(sentence, today)).toEqual([]);
  });

  it('accepts remand without dates or sentence length, the probation officer as contact', () => {
    const remand: EpisodeFacts = {
      ...sentence,
      kind: 'remand',
      expectedReleaseOn: null,
      paroleOn: null,
      sentenceMonths: null,
      contact: { kind: 'probation_officer' },
    };
    expect(episodeViolations(remand, today)).toEqual([]);
  });

  it('accepts a start today and a release on the start day', () => {
    expect(
      episodeViolations({ ...sentence, startedOn: today, expectedReleaseOn: today, paroleOn: today }, today),
    ).toEqual([]);
  });

  it('refuses a start in the future', () => {
    expect(episodeViolations({ ...sentence, startedOn: d('2026-12-02') }, today)).toEqual([
      { code: 'CUSTODY_START_IN_FUTURE', field: 'startedOn' },
    ]);
  });

  it('refuses a release and a parole date before the start, naming both', () => {
    expect(
      episodeViolations({ ...sentence, expectedReleaseOn: d('2026-11-01'), paroleOn: d('2026-10-01') }, today),
    ).toEqual([
      { code: 'CUSTODY_RELEASE_BEFORE_START', field: 'expectedReleaseOn' },
      { code: 'CUSTODY_PAROLE_BEFORE_START', field: 'paroleOn' },
    ]);
  });

  it('refuses a sentence length on remand', () => {
    expect(episodeViolations({ ...sentence, kind: 'remand' }, today)).toEqual([
      { code: 'CUSTODY_REMAND_SENTENCE_LENGTH', field: 'sentenceMonths' },
    ]);
  });

  it('needs a name and a phone or an email for a person as contact', () => {
    expect(episodeViolations({ ...sentence, contact: { kind: 'person', name: 'Søster' } }, today)).toEqual([
      { code: 'CUSTODY_CONTACT_INCOMPLETE', field: 'contact' },
    ]);
    expect(episodeViolations({ ...sentence, contact: { kind: 'person', email: 'a@b.dk' } }, today)).toEqual([
      { code: 'CUSTODY_CONTACT_INCOMPLETE', field: 'contact' },
    ]);
    expect(
      episodeViolations({ ...sentence, contact: { kind: 'person', name: 'Søster', email: 'a@b.dk' } }, today),
    ).toEqual([]);
  });

  it('refuses person details on the probation officer as contact', () => {
    expect(episodeViolations({ ...sentence, contact: { kind: 'probation_officer', name: 'Someone' } }, today)).toEqual([
      { code: 'CUSTODY_CONTACT_NOT_A_PERSON', field: 'contact' },
    ]);
  });
});

describe('releaseRefusal', () => {
  const open = { startedOn: d('2026-11-02'), closedReason: null };

  it('allows a release from the start day to today', () => {
    expect(releaseRefusal(open, d('2026-11-02'), today)).toBeNull();
    expect(releaseRefusal(open, today, today)).toBeNull();
  });

  it('refuses a release before the start', () => {
    expect(releaseRefusal(open, d('2026-11-01'), today)).toEqual({
      code: 'CUSTODY_RELEASE_BEFORE_START',
      startedOn: '2026-11-02',
    });
  });

  it('refuses a release in the future', () => {
    expect(releaseRefusal(open, d('2026-12-02'), today)).toEqual({ code: 'CUSTODY_RELEASE_IN_FUTURE', today });
  });

  it('refuses a closed episode, whatever closed it', () => {
    expect(releaseRefusal({ ...open, closedReason: 'released' }, today, today)).toEqual({
      code: 'CUSTODY_EPISODE_CLOSED',
    });
    expect(releaseRefusal({ ...open, closedReason: 'consent_withdrawn' }, today, today)).toEqual({
      code: 'CUSTODY_EPISODE_CLOSED',
    });
  });
});

describe('mayOpenEpisode', () => {
  it('allows one open episode per person', () => {
    expect(mayOpenEpisode(0)).toBe(true);
    expect(mayOpenEpisode(1)).toBe(false);
  });
});

describe('mergeEpisodeFacts', () => {
  it('keeps what is not given, clears what is null, changes the rest', () => {
    expect(mergeEpisodeFacts(sentence, { paroleOn: null, institution: 'Nyborg Fængsel' })).toEqual({
      ...sentence,
      paroleOn: null,
      institution: 'Nyborg Fængsel',
    });
  });

  it('lets a change break a rule the merged facts are then checked against', () => {
    const merged = mergeEpisodeFacts(sentence, { kind: 'remand' });
    expect(episodeViolations(merged, today).map((v) => v.code)).toEqual(['CUSTODY_REMAND_SENTENCE_LENGTH']);
  });
});
