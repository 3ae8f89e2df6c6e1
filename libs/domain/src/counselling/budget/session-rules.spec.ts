import { parseIsoDate } from '@app/calendar';
import {
  SESSION_CHANNELS,
  SESSION_LIMITS,
  SESSION_TOPICS,
  validateSession,
  type SessionInput,
} from './session-rules.js';

const today = parseIsoDate('2026-12-01');
const valid: SessionInput = {
  date: '2026-11-30',
  channel: 'phone',
  minutes: 45,
  topics: ['rent_arrears', 'budget'],
  nextAction: { text: 'Ring til udlejer om afdrag', dueDate: '2026-12-03' },
  note: 'Kort note',
};
const codes = (session: SessionInput) => validateSession(session, today).map((i) => `${i.field}:${i.code}`);

describe('the fixed lists', () => {
  it('hold the channels and topics of issue 14', () => {
    expect(SESSION_CHANNELS).toEqual(['in_person', 'phone', 'video', 'home_visit', 'prison_visit']);
    expect(SESSION_TOPICS).toEqual([
      'rent_arrears',
      'debt_overview',
      'budget',
      'benefits',
      'aktivloven_81',
      'aktivloven_81a',
      'aktivloven_81b',
      'creditor_negotiation',
      'gaeldssanering',
      'bailiff_court',
      'other',
    ]);
  });
});

describe('validateSession', () => {
  it('accepts a valid session, also one held today with the next action due the same day, or none', () => {
    expect(codes(valid)).toEqual([]);
    expect(codes({ ...valid, date: '2026-12-01', nextAction: { text: 'Send budget', dueDate: '2026-12-01' } })).toEqual(
      [],
    );
    expect(codes({ ...valid, nextAction: null, note: null })).toEqual([]);
    expect(codes({ ...valid, nextAction: undefined, note: undefined })).toEqual([]);
  });

  it('refuses a date in the future or not a date', () => {
    expect(codes({ ...valid, date: '2026-12-02', nextAction: null })).toEqual(['date:SESSION_DATE_IN_FUTURE']);
    expect(codes({ ...valid, date: '2026-02-30', nextAction: null })).toEqual(['date:SESSION_DATE_INVALID']);
    expect(codes({ ...valid, date: '1/12/2026', nextAction: null })).toEqual(['date:SESSION_DATE_INVALID']);
  });

  it('refuses an unknown channel', () => {
    expect(codes({ ...valid, channel: 'email' })).toEqual(['channel:SESSION_CHANNEL_UNKNOWN']);
  });

  it.each([0, -5, 601, 1.5, Number.NaN])('refuses %p minutes', (minutes) => {
    expect(codes({ ...valid, minutes })).toEqual(['minutes:SESSION_MINUTES_OUT_OF_RANGE']);
  });

  it.each([1, 600])('accepts %p minutes (the limits)', (minutes) => {
    expect(codes({ ...valid, minutes })).toEqual([]);
  });

  it('requires a topic, from the list, each once', () => {
    expect(codes({ ...valid, topics: [] })).toEqual(['topics:SESSION_TOPIC_REQUIRED']);
    expect(codes({ ...valid, topics: ['budget', 'tax', 'budget'] })).toEqual([
      'topics[1]:SESSION_TOPIC_UNKNOWN',
      'topics[2]:SESSION_TOPIC_DUPLICATE',
    ]);
  });

  it('refuses a next action without text, or due before the session', () => {
    expect(codes({ ...valid, nextAction: { text: '  ', dueDate: '2026-12-03' } })).toEqual([
      'nextAction.text:SESSION_NEXT_ACTION_TEXT_REQUIRED',
    ]);
    expect(
      codes({
        ...valid,
        nextAction: { text: 'x'.repeat(SESSION_LIMITS.maxNextActionLength + 1), dueDate: '2026-12-03' },
      }),
    ).toEqual(['nextAction.text:SESSION_NEXT_ACTION_TEXT_TOO_LONG']);
    expect(codes({ ...valid, nextAction: { text: 'Ring', dueDate: '2026-11-29' } })).toEqual([
      'nextAction.dueDate:SESSION_NEXT_ACTION_DUE_BEFORE_SESSION',
    ]);
    expect(codes({ ...valid, nextAction: { text: 'Ring', dueDate: 'snart' } })).toEqual([
      'nextAction.dueDate:SESSION_NEXT_ACTION_DUE_INVALID',
    ]);
  });

  it('limits the note', () => {
    expect(codes({ ...valid, note: 'x'.repeat(SESSION_LIMITS.maxNoteLength) })).toEqual([]);
    expect(codes({ ...valid, note: 'x'.repeat(SESSION_LIMITS.maxNoteLength + 1) })).toEqual([
      'note:SESSION_NOTE_TOO_LONG',
    ]);
  });

  it('reports every issue at once', () => {
    expect(
      codes({
        date: '2027-01-01',
        channel: 'fax',
        minutes: 0,
        topics: [],
        nextAction: { text: '', dueDate: '2026-12-31' },
        note: '',
      }),
    ).toEqual([
      'date:SESSION_DATE_IN_FUTURE',
      'channel:SESSION_CHANNEL_UNKNOWN',
      'minutes:SESSION_MINUTES_OUT_OF_RANGE',
      'topics:SESSION_TOPIC_REQUIRED',
      'nextAction.text:SESSION_NEXT_ACTION_TEXT_REQUIRED',
      'nextAction.dueDate:SESSION_NEXT_ACTION_DUE_BEFORE_SESSION',
    ]);
  });
});
