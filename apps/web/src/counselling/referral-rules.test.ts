import { describe, expect, it } from 'vitest';
import {
  allowedReferralSteps,
  closeOutcomes,
  firstContactProblem,
  isOpenReferral,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  statusFromSearch,
} from './referral-rules';

describe('allowedReferralSteps', () => {
  it("mirrors the domain's state machine: answer a new referral, then first contact, then close", () => {
    expect(allowedReferralSteps('sent')).toEqual(['accept', 'decline']);
    expect(allowedReferralSteps('accepted')).toEqual(['first_contact', 'close']);
    expect(allowedReferralSteps('in_contact')).toEqual(['close']);
  });

  it('allows nothing once declined or closed', () => {
    expect(allowedReferralSteps('declined')).toEqual([]);
    expect(allowedReferralSteps('closed')).toEqual([]);
    expect(REFERRAL_STATUSES.filter(isOpenReferral)).toEqual(['sent', 'accepted', 'in_contact']);
  });
});

describe('closeOutcomes', () => {
  it('offers "no contact" only before a first contact, and every other outcome only after one', () => {
    expect(closeOutcomes('accepted')).toEqual(['no_contact']);
    expect(closeOutcomes('in_contact')).toEqual([
      'plan_agreed',
      'debt_relief_applied',
      'referred_on',
      'tenant_declined',
    ]);
    expect(closeOutcomes('sent')).toEqual([]);
    expect(closeOutcomes('closed')).toEqual([]);
    expect(new Set([...closeOutcomes('accepted'), ...closeOutcomes('in_contact')])).toEqual(new Set(REFERRAL_OUTCOMES));
  });
});

describe('firstContactProblem', () => {
  const referral = { sentOn: '2026-11-20', acceptedOn: '2026-11-24' };
  it('accepts a day from the acceptance up to today', () => {
    expect(firstContactProblem('2026-11-24', referral, '2026-12-01')).toBeUndefined();
    expect(firstContactProblem('2026-12-01', referral, '2026-12-01')).toBeUndefined();
  });

  it('names what is wrong: empty, in the future, before the acceptance', () => {
    expect(firstContactProblem('', referral, '2026-12-01')).toBe('required');
    expect(firstContactProblem('2026-12-02', referral, '2026-12-01')).toBe('future');
    expect(firstContactProblem('2026-11-23', referral, '2026-12-01')).toBe('beforeAcceptance');
    // Without an acceptance date (never, for an accepted referral) the sending day bounds it, as in the domain.
    expect(firstContactProblem('2026-11-19', { sentOn: '2026-11-20', acceptedOn: null }, '2026-12-01')).toBe(
      'beforeAcceptance',
    );
  });
});

describe('statusFromSearch', () => {
  it('reads a known status from the address and ignores anything else', () => {
    expect(statusFromSearch(new URLSearchParams('status=accepted'))).toBe('accepted');
    expect(statusFromSearch(new URLSearchParams('status=bogus'))).toBeUndefined();
    expect(statusFromSearch(new URLSearchParams(''))).toBeUndefined();
  });
});
