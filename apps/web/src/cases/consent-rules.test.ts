import { describe, expect, it } from 'vitest';
import {
  consentBody,
  consentState,
  copenhagenDay,
  lastDayInForce,
  mayWithdraw,
  startOfCopenhagenDay,
  type Consent,
} from './consent-rules';

const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'c1',
  personId: 'p1',
  purpose: 'debt-counselling',
  recipientType: 'counselling_provider',
  recipientId: 'r1',
  givenAt: '2026-11-01T00:00:00.000Z',
  expiresAt: null,
  withdrawnAt: null,
  ...over,
});

describe('consent rules', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('tells in force, withdrawn, expired and not yet given apart', () => {
    expect(consentState(consent(), now)).toBe('in_force');
    expect(consentState(consent({ withdrawnAt: '2026-11-20T10:00:00Z' }), now)).toBe('withdrawn');
    expect(consentState(consent({ expiresAt: '2026-12-01T12:00:00Z' }), now)).toBe('expired');
    expect(consentState(consent({ expiresAt: '2026-12-01T12:00:01Z' }), now)).toBe('in_force');
    expect(consentState(consent({ givenAt: '2026-12-02T00:00:00Z' }), now)).toBe('not_yet');
    expect(mayWithdraw(consent(), now)).toBe(true);
    expect(mayWithdraw(consent({ withdrawnAt: '2026-11-20T10:00:00Z' }), now)).toBe(false);
    expect(mayWithdraw(consent({ expiresAt: '2026-11-30T00:00:00Z' }), now)).toBe(false);
  });

  it('counts days in Copenhagen, winter and summer', () => {
    expect(startOfCopenhagenDay('2026-12-01')).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfCopenhagenDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    // The day clocks go forward (29 March 2026) and back (25 October 2026).
    expect(startOfCopenhagenDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfCopenhagenDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(copenhagenDay('2026-11-30T23:00:00.000Z')).toBe('2026-12-01');
    expect(lastDayInForce('2027-03-01T23:00:00.000Z')).toBe('2027-03-01');
    expect(lastDayInForce('2027-02-28T23:00:00.000Z')).toBe('2027-02-28');
  });

  it('sends given from the start of the day and the expiry at the start of the day after the last', () => {
    expect(
      consentBody({
        purpose: 'debt-counselling',
        recipientId: 'r1',
        givenOn: '2026-12-01',
        validThrough: '2027-05-31',
      }),
    ).toEqual({
      body: {
        purpose: 'debt-counselling',
        recipientId: 'r1',
        givenAt: '2026-11-30T23:00:00.000Z',
        expiresAt: '2027-05-31T22:00:00.000Z',
      },
      problems: {},
    });
    expect(
      consentBody({ purpose: 'debt-counselling', recipientId: 'r1', givenOn: '2026-12-01', validThrough: '' }).body,
    ).not.toHaveProperty('expiresAt');
  });

  it('names the missing and impossible fields', () => {
    expect(
      consentBody({ purpose: 'debt-counselling', recipientId: '', givenOn: '', validThrough: '' }).problems,
    ).toEqual({ recipientId: 'required', givenOn: 'required' });
    expect(
      consentBody({ purpose: 'debt-counselling', recipientId: 'r', givenOn: '2026-12-01', validThrough: '2026-11-30' })
        .problems,
    ).toEqual({ validThrough: 'beforeGiven' });
    // The last day may be the day it was given: in force for that one day.
    expect(
      consentBody({ purpose: 'debt-counselling', recipientId: 'r', givenOn: '2026-12-01', validThrough: '2026-12-01' })
        .body?.expiresAt,
    ).toBe('2026-12-01T23:00:00.000Z');
  });
});
