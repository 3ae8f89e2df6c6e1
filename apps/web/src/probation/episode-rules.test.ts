import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../api';
import {
  contactLine,
  draftFromEpisode,
  emptyDraft,
  episodeBody,
  episodePatch,
  openFilterFromSearch,
  refusedFields,
  type Episode,
  type EpisodeDraft,
} from './episode-rules';

const draft = (over: Partial<EpisodeDraft> = {}): EpisodeDraft => ({
  ...emptyDraft('2026-12-01'),
  personId: 'p1',
  institution: ' Statsfængslet Østjylland ',
  startedOn: '2026-11-01',
  contactName: 'Søster Hansen',
  contactPhone: '+45 12345678',
  ...over,
});

const episode: Episode = {
  id: 'e1',
  view: 'full',
  personId: 'p1',
  personName: 'Jens Indsat',
  address: 'Køgevej 12, st.',
  probationUnit: { id: 'u1', name: 'Kriminalforsorgen Køge' },
  startedOn: '2026-11-01',
  expectedReturnOn: '2027-05-01',
  contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678', email: null },
  kind: 'sentence',
  institution: 'Statsfængslet Østjylland',
  expectedReleaseOn: '2027-09-01',
  paroleOn: '2027-05-01',
  sentenceMonths: 10,
  open: true,
  releasedOn: null,
  closedReason: null,
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
} as Episode;

describe('episode rules', () => {
  it('reads the filter from the address, ignoring anything else', () => {
    expect(openFilterFromSearch(new URLSearchParams('open=true'))).toBe('true');
    expect(openFilterFromSearch(new URLSearchParams('open=false'))).toBe('false');
    expect(openFilterFromSearch(new URLSearchParams('open=maybe'))).toBeUndefined();
    expect(openFilterFromSearch(new URLSearchParams(''))).toBeUndefined();
  });

  it('sends only what is given, trimmed, with a person as contact', () => {
    const { body, problems } = episodeBody(draft({ sentenceMonths: '10', expectedReleaseOn: '2027-09-01' }));
    expect(problems).toEqual({});
    expect(body).toEqual({
      personId: 'p1',
      kind: 'sentence',
      institution: 'Statsfængslet Østjylland',
      startedOn: '2026-11-01',
      expectedReleaseOn: '2027-09-01',
      sentenceMonths: 10,
      contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678' },
    });
  });

  it('sends no sentence length on remand, and the officer as contact without details', () => {
    const { body } = episodeBody(
      draft({ kind: 'remand', sentenceMonths: '10', contactKind: 'probation_officer', contactName: 'x' }),
    );
    expect(body?.sentenceMonths).toBeUndefined();
    expect(body?.contact).toEqual({ kind: 'probation_officer' });
  });

  it('names the missing fields, a bad sentence length and a contact without phone or email', () => {
    const { body, problems } = episodeBody(
      draft({
        personId: '',
        institution: ' ',
        startedOn: '',
        sentenceMonths: '2,5',
        contactName: '',
        contactPhone: '',
      }),
    );
    expect(body).toBeUndefined();
    expect(problems).toEqual({
      personId: 'required',
      institution: 'required',
      startedOn: 'required',
      sentenceMonths: 'invalidMonths',
      contactName: 'required',
      contact: 'contactMissing',
    });
    expect(episodeBody(draft({ sentenceMonths: '601' })).problems.sentenceMonths).toBe('invalidMonths');
    expect(episodeBody(draft({ sentenceMonths: '0' })).problems.sentenceMonths).toBe('invalidMonths');
  });

  it('patches only what changed, with the version; an emptied date is cleared with null', () => {
    const unchanged = draftFromEpisode(episode);
    expect(episodePatch(episode, unchanged)).toEqual({ changed: false, problems: {} });
    const { body, changed } = episodePatch(episode, {
      ...unchanged,
      paroleOn: '',
      institution: 'Anstalten ved Horserød',
      contactEmail: 'soster@example.test',
    });
    expect(changed).toBe(true);
    expect(body).toEqual({
      version: 3,
      institution: 'Anstalten ved Horserød',
      paroleOn: null,
      contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678', email: 'soster@example.test' },
    });
  });

  it('clears the sentence length when the kind becomes remand', () => {
    const { body } = episodePatch(episode, { ...draftFromEpisode(episode), kind: 'remand' });
    expect(body).toEqual({ version: 3, kind: 'remand', sentenceMonths: null });
  });

  it('puts the API words beside the fields it refused', () => {
    const error = new ApiCallError(400, {
      code: 'CUSTODY_RELEASE_BEFORE_START',
      message: 'Oplysningerne om frihedsberøvelsen kan ikke gemmes.',
      statusCode: 400,
      requestId: 'r',
      details: [
        { field: 'expectedReleaseOn', message: 'Må ikke ligge før startdatoen.' },
        { field: 'contact.name', message: 'Navnet mangler.' },
        { message: 'uden felt' },
      ],
    } as never);
    expect(refusedFields(error)).toEqual({
      expectedReleaseOn: 'Må ikke ligge før startdatoen.',
      contact: 'Navnet mangler.',
    });
    expect(refusedFields(new Error('x'))).toEqual({});
  });

  it('writes the contact details as one line', () => {
    expect(contactLine(episode.contact)).toBe('Søster Hansen, +45 12345678');
    expect(contactLine({ name: 'Olga', phone: null, email: 'olga@kif.test' })).toBe('Olga, olga@kif.test');
  });
});
