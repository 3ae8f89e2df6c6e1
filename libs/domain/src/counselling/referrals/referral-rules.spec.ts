import { type IsoDate } from '@app/calendar';
import {
  applyReferralStep,
  firstContactOverdue,
  referralAnswerBy,
  referralListRank,
  type ReferralFacts,
  type ReferralStatus,
  type ReferralStep,
} from './referral-rules.js';

const d = (s: string) => s as IsoDate;
const TODAY = d('2026-11-20');
const sent: ReferralFacts = { status: 'sent', sentOn: d('2026-11-10'), acceptedOn: null, firstContactOn: null };
const accepted: ReferralFacts = { ...sent, status: 'accepted', acceptedOn: d('2026-11-12') };
const inContact: ReferralFacts = { ...accepted, status: 'in_contact', firstContactOn: d('2026-11-13') };

const refusal = (facts: ReferralFacts, step: ReferralStep) => {
  const result = applyReferralStep(facts, step, TODAY);
  return result.ok ? null : result.refusal.code;
};

describe('referral steps', () => {
  it('walks sent → accepted → in contact → closed', () => {
    expect(applyReferralStep(sent, { type: 'accept' }, TODAY)).toEqual({
      ok: true,
      change: { status: 'accepted', acceptedOn: TODAY },
    });
    expect(applyReferralStep(accepted, { type: 'first_contact', on: d('2026-11-12') }, TODAY)).toEqual({
      ok: true,
      change: { status: 'in_contact', firstContactOn: d('2026-11-12') },
    });
    expect(applyReferralStep(inContact, { type: 'close', outcome: 'plan_agreed' }, TODAY)).toEqual({
      ok: true,
      change: { status: 'closed', closedOn: TODAY, outcome: 'plan_agreed' },
    });
  });

  it('declines only with a reason, and keeps the reason trimmed', () => {
    expect(refusal(sent, { type: 'decline', reason: '  ' })).toBe('REFERRAL_REASON_MISSING');
    expect(applyReferralStep(sent, { type: 'decline', reason: ' Uden for vores område ' }, TODAY)).toEqual({
      ok: true,
      change: { status: 'declined', declinedOn: TODAY, declineReason: 'Uden for vores område' },
    });
  });

  it('refuses a first contact before the acceptance or in the future', () => {
    expect(refusal(accepted, { type: 'first_contact', on: d('2026-11-11') })).toBe('REFERRAL_DATE_BEFORE_ACCEPTANCE');
    expect(refusal(accepted, { type: 'first_contact', on: d('2026-11-21') })).toBe('REFERRAL_DATE_IN_FUTURE');
    expect(refusal(accepted, { type: 'first_contact', on: TODAY })).toBeNull();
  });

  it('closes with no_contact only without a first contact, and other outcomes only after one', () => {
    expect(refusal(accepted, { type: 'close', outcome: 'no_contact' })).toBeNull();
    expect(refusal(inContact, { type: 'close', outcome: 'no_contact' })).toBe('REFERRAL_STATE_INVALID');
    expect(refusal(accepted, { type: 'close', outcome: 'debt_relief_applied' })).toBe('REFERRAL_FIRST_CONTACT_MISSING');
  });

  it.each<[ReferralStatus, ReferralStep['type']]>([
    ['sent', 'first_contact'],
    ['sent', 'close'],
    ['accepted', 'accept'],
    ['accepted', 'decline'],
    ['in_contact', 'accept'],
    ['in_contact', 'first_contact'],
    ['declined', 'accept'],
    ['declined', 'consent_withdrawn'],
    ['closed', 'close'],
    ['closed', 'consent_withdrawn'],
  ])('refuses %s → %s with REFERRAL_STATE_INVALID', (status, type) => {
    const step = { type, reason: 'x', on: TODAY, outcome: 'plan_agreed' } as ReferralStep;
    expect(refusal({ ...inContact, status }, step)).toBe('REFERRAL_STATE_INVALID');
  });

  it('closes every open referral when the consent is withdrawn', () => {
    for (const facts of [sent, accepted, inContact]) {
      expect(applyReferralStep(facts, { type: 'consent_withdrawn' }, TODAY)).toEqual({
        ok: true,
        change: { status: 'closed', closedOn: TODAY, outcome: 'consent_withdrawn' },
      });
    }
  });
});

describe('referral deadlines', () => {
  it('answers within N business days of the first business day it was sent on', () => {
    // Friday 20 November 2026 + 3 business days = Wednesday 25 November.
    expect(referralAnswerBy(d('2026-11-20'), 3)).toBe('2026-11-25');
    // Sent on Saturday: counted from Monday 23 November.
    expect(referralAnswerBy(d('2026-11-21'), 3)).toBe('2026-11-26');
  });

  it('flags an accepted referral without first contact after N business days', () => {
    const facts = { status: 'accepted' as const, acceptedOn: d('2026-11-16') };
    expect(firstContactOverdue(facts, 3, d('2026-11-19'))).toBe(false);
    expect(firstContactOverdue(facts, 3, d('2026-11-20'))).toBe(true);
    expect(firstContactOverdue({ ...facts, status: 'in_contact' }, 3, d('2026-12-20'))).toBe(false);
  });

  it('orders new, overdue, accepted, in contact, finished', () => {
    expect(
      [
        referralListRank('closed', false),
        referralListRank('in_contact', false),
        referralListRank('accepted', false),
        referralListRank('accepted', true),
        referralListRank('sent', false),
      ].sort(),
    ).toEqual([0, 1, 2, 3, 4]);
  });
});
