import { addBusinessDays, type IsoDate } from '@app/calendar';
import { type WarningEmailData } from '@app/mail';
import {
  composeDigests,
  escalationEmailData,
  managersDeadline,
  mayBeHeldForDigest,
  planEscalationDelivery,
  planWarningDelivery,
  warningEmailContent,
  warningMailbox,
  type HeldWarningEmail,
  type NotificationPreference,
  type RecipientUser,
} from './warning-delivery-planner.js';
import { type PlannedWarning } from './warning-planner.js';
import { ruleByCode, type WarningRuleCode } from './warning-rules.js';

const MAILBOX = 'Boligvarsler@Hvidovre.dk';
const municipality = { type: 'municipality' as const, mailbox: MAILBOX };
const landlord = { type: 'housing_organisation' as const, mailbox: 'kontakt@bolig.dk' };

const user = (userId: string, email: string, language: 'da' | 'en' = 'da'): RecipientUser => ({
  userId,
  email,
  language,
});

const preferences =
  (set: Record<string, NotificationPreference>) =>
  (email: string): NotificationPreference | undefined =>
    set[email];
const none = preferences({});

describe('warningMailbox', () => {
  it("is the recipient organisation's alert mailbox, lower-cased", () => {
    expect(warningMailbox(municipality)).toBe('boligvarsler@hvidovre.dk');
  });

  it("is none for the landlord's own staff, who are told in their inbox", () => {
    expect(warningMailbox(landlord)).toBeNull();
  });

  it('is none for an organisation without one', () => {
    expect(warningMailbox({ type: 'probation_unit', mailbox: null })).toBeNull();
  });
});

describe('mayBeHeldForDigest', () => {
  it('holds a normal warning of a digestible rule only', () => {
    expect(mayBeHeldForDigest({ digestible: true }, 'normal')).toBe(true);
    expect(mayBeHeldForDigest({ digestible: true }, 'urgent')).toBe(false);
    expect(mayBeHeldForDigest({ digestible: false }, 'normal')).toBe(false);
  });
});

describe('planWarningDelivery', () => {
  it('puts the warning in every resolved user’s inbox', () => {
    const plan = planWarningDelivery({
      recipient: municipality,
      users: [user('u1', 'a@k.dk'), user('u2', 'b@k.dk')],
      digestible: true,
      preferences: none,
    });
    expect(plan.inboxUserIds).toEqual(['u1', 'u2']);
  });

  it('emails the mailbox at once in Danish by default, and users not at all (inbox only)', () => {
    const plan = planWarningDelivery({
      recipient: municipality,
      users: [user('u1', 'a@k.dk', 'en')],
      digestible: true,
      preferences: none,
    });
    expect(plan.emails).toEqual([{ to: 'boligvarsler@hvidovre.dk', locale: 'da', held: false }]);
  });

  it('emails a user who asked for copies, in their own language unless the address set one', () => {
    const plan = planWarningDelivery({
      recipient: municipality,
      users: [user('u1', 'A@K.dk', 'en'), user('u2', 'b@k.dk', 'en')],
      digestible: true,
      preferences: preferences({
        'a@k.dk': { language: null, delivery: 'immediate' },
        'b@k.dk': { language: 'da', delivery: 'immediate' },
      }),
    });
    expect(plan.emails).toEqual([
      { to: 'boligvarsler@hvidovre.dk', locale: 'da', held: false },
      { to: 'a@k.dk', locale: 'en', held: false },
      { to: 'b@k.dk', locale: 'da', held: false },
    ]);
  });

  it('lets a user opt out and a mailbox not: a mailbox set to none is still emailed at once', () => {
    const plan = planWarningDelivery({
      recipient: municipality,
      users: [user('u1', 'a@k.dk')],
      digestible: true,
      preferences: preferences({
        'boligvarsler@hvidovre.dk': { language: 'en', delivery: 'none' },
        'a@k.dk': { language: null, delivery: 'none' },
      }),
    });
    expect(plan.emails).toEqual([{ to: 'boligvarsler@hvidovre.dk', locale: 'en', held: false }]);
    expect(plan.inboxUserIds).toEqual(['u1']);
  });

  it('holds a digest address’s email when the warning may wait, and sends it at once when not', () => {
    const digest = preferences({
      'boligvarsler@hvidovre.dk': { language: null, delivery: 'digest' },
      'a@k.dk': { language: null, delivery: 'digest' },
    });
    const input = { recipient: municipality, users: [user('u1', 'a@k.dk')], preferences: digest };
    expect(planWarningDelivery({ ...input, digestible: true }).emails.map((e) => e.held)).toEqual([true, true]);
    expect(planWarningDelivery({ ...input, digestible: false }).emails.map((e) => e.held)).toEqual([false, false]);
  });

  it('sends one email per address; an address that is also the mailbox follows the mailbox', () => {
    const plan = planWarningDelivery({
      recipient: municipality,
      users: [user('u1', 'boligvarsler@hvidovre.dk', 'en'), user('u2', 'x@k.dk'), user('u3', 'X@k.dk')],
      digestible: true,
      preferences: preferences({
        'boligvarsler@hvidovre.dk': { language: null, delivery: 'none' },
        'x@k.dk': { language: null, delivery: 'immediate' },
      }),
    });
    expect(plan.emails).toEqual([
      { to: 'boligvarsler@hvidovre.dk', locale: 'da', held: false },
      { to: 'x@k.dk', locale: 'da', held: false },
    ]);
    expect(plan.inboxUserIds).toEqual(['u1', 'u2', 'u3']);
  });

  it("does not email the landlord's contact address, only staff who asked for copies", () => {
    const plan = planWarningDelivery({
      recipient: landlord,
      users: [user('c1', 'sb@bolig.dk'), user('c2', 'kontakt@bolig.dk')],
      digestible: false,
      preferences: preferences({ 'sb@bolig.dk': { language: 'en', delivery: 'immediate' } }),
    });
    expect(plan.emails).toEqual([{ to: 'sb@bolig.dk', locale: 'en', held: false }]);
  });
});

describe('planEscalationDelivery', () => {
  it('tells every target in the inbox and by email, whatever their delivery preference', () => {
    const plan = planEscalationDelivery({
      targets: [user('l1', 'Lead@K.dk', 'en'), user('l2', 'lead2@k.dk')],
      mailbox: MAILBOX,
      preferences: preferences({ 'lead2@k.dk': { language: 'en', delivery: 'none' } }),
    });
    expect(plan.inboxUserIds).toEqual(['l1', 'l2']);
    expect(plan.emails).toEqual([
      { to: 'lead@k.dk', locale: 'en' },
      { to: 'lead2@k.dk', locale: 'en' },
    ]);
  });

  it('emails the mailbox, in Danish unless it set a language, when there is nobody to target', () => {
    expect(planEscalationDelivery({ targets: [], mailbox: MAILBOX, preferences: none })).toEqual({
      inboxUserIds: [],
      emails: [{ to: 'boligvarsler@hvidovre.dk', locale: 'da' }],
    });
    const english = preferences({ 'boligvarsler@hvidovre.dk': { language: 'en', delivery: 'digest' } });
    expect(planEscalationDelivery({ targets: [], mailbox: MAILBOX, preferences: english }).emails).toEqual([
      { to: 'boligvarsler@hvidovre.dk', locale: 'en' },
    ]);
  });

  it('has nothing to send with neither targets nor a mailbox', () => {
    expect(planEscalationDelivery({ targets: [], mailbox: null, preferences: none })).toEqual({
      inboxUserIds: [],
      emails: [],
    });
  });

  it('sends one email per address', () => {
    const plan = planEscalationDelivery({
      targets: [user('l1', 'lead@k.dk'), user('l2', 'LEAD@k.dk', 'en')],
      mailbox: null,
      preferences: none,
    });
    expect(plan.emails).toEqual([{ to: 'lead@k.dk', locale: 'da' }]);
  });
});

function planned(code: WarningRuleCode, overrides: Partial<PlannedWarning> = {}): PlannedWarning {
  return {
    rule: ruleByCode(code)!,
    occurrence: 'case',
    recipientType: 'municipality',
    recipientId: 'm1',
    basis: 'agreement',
    urgency: 'normal',
    acknowledgeBy: '2026-09-10' as IsoDate,
    data: {
      kind: code,
      reference: 'SAG-1A2B3C4D',
      senderName: 'Bolig A/S',
      tenantNames: ['Anna Jensen'],
      address: 'Strandvej 17, 2650 Hvidovre',
      eventOn: '2026-09-01' as IsoDate,
    },
    ...overrides,
  };
}

describe('warningEmailContent', () => {
  const base = {
    recipientName: 'Hvidovre Kommune',
    warningId: 'w-1',
    landlord: {
      municipalityName: 'Hvidovre',
      departmentName: '12 Strandparken',
      landlordContact: 'udlejning@bolig.dk',
    },
  };

  it('gives the statutory notice its own template: about the tenant names, address and date only', () => {
    const plan = planned('statutory-eviction-notice', {
      basis: 'statute',
      data: { ...planned('statutory-eviction-notice').data, details: { balanceOre: 700_000 } },
    });
    expect(warningEmailContent({ ...base, plan, childrenUnder18: 2 })).toEqual({
      template: 'municipality-eviction-notice',
      data: {
        municipalityName: 'Hvidovre',
        landlordName: 'Bolig A/S',
        departmentName: '12 Strandparken',
        reference: 'SAG-1A2B3C4D',
        landlordContact: 'udlejning@bolig.dk',
        tenantNames: ['Anna Jensen'],
        address: 'Strandvej 17, 2650 Hvidovre',
        noticeOn: '2026-09-01',
        warningId: 'w-1',
      },
    });
  });

  it('gives any other warning its data, recipient type, basis, urgency, acknowledgement date and recipient, and the warning id for its link', () => {
    expect(warningEmailContent({ ...base, plan: planned('payment-demand-sent'), childrenUnder18: 0 })).toEqual({
      template: 'warning',
      data: {
        kind: 'payment-demand-sent',
        reference: 'SAG-1A2B3C4D',
        senderName: 'Bolig A/S',
        tenantNames: ['Anna Jensen'],
        address: 'Strandvej 17, 2650 Hvidovre',
        eventOn: '2026-09-01',
        recipientType: 'municipality',
        basis: 'agreement',
        urgent: false,
        householdWithChildren: false,
        acknowledgeBy: '2026-09-10',
        recipientName: 'Hvidovre Kommune',
        warningId: 'w-1',
      },
    });
  });

  it('says the household has children only to a recipient whose details include them', () => {
    const withDetails = planned('terminated', {
      urgency: 'urgent',
      data: { ...planned('terminated').data, details: { childrenUnder18: 2 } },
    });
    const detailed = warningEmailContent({ ...base, plan: withDetails, childrenUnder18: 2 });
    expect(detailed.data).toMatchObject({ urgent: true, householdWithChildren: true });
    const bare = warningEmailContent({
      ...base,
      plan: planned('terminated', { urgency: 'urgent' }),
      childrenUnder18: 2,
    });
    expect(bare.data).toMatchObject({ urgent: true, householdWithChildren: false });
  });
});

describe('escalation', () => {
  const warning = {
    id: 'w1',
    ruleCode: 'terminated',
    reference: 'SAG-1',
    sentOn: '2026-09-01' as IsoDate,
    acknowledgeBy: '2026-09-03' as IsoDate,
    managersBy: '2026-09-07' as IsoDate,
  };

  it('names the acknowledgement date at level 1 and the managers’ date at level 2, with no personal data', () => {
    expect(escalationEmailData(1, warning, 'Hvidovre Kommune')).toEqual({
      level: 1,
      recipientName: 'Hvidovre Kommune',
      kind: 'terminated',
      reference: 'SAG-1',
      sentOn: '2026-09-01',
      acknowledgeBy: '2026-09-03',
      warningId: 'w1',
    });
    expect(escalationEmailData(2, warning, 'Hvidovre Kommune').acknowledgeBy).toBe('2026-09-07');
  });

  it("sets the managers' date the rule's number of business days ahead", () => {
    // Friday 4 September 2026 + 2 business days: Tuesday 8 September.
    const days = ruleByCode('terminated')!.escalateToManagersAfter;
    expect(managersDeadline('terminated', '2026-09-04' as IsoDate)).toBe(
      addBusinessDays('2026-09-04' as IsoDate, days),
    );
    // An unknown rule: two business days.
    expect(managersDeadline('no-such-rule', '2026-09-04' as IsoDate)).toBe('2026-09-08');
  });
});

describe('composeDigests', () => {
  const data = (reference: string, recipientName = 'Hvidovre Kommune'): WarningEmailData => ({
    kind: 'payment-demand-sent',
    urgent: false,
    householdWithChildren: false,
    recipientName,
    senderName: 'Bolig A/S',
    tenantNames: ['Anna Jensen'],
    address: 'Strandvej 17',
    eventOn: '2026-09-01',
    acknowledgeBy: '2026-09-10',
    reference,
  });
  const held = (id: string, recipient: string, at: number, locale: 'da' | 'en' = 'da'): HeldWarningEmail => ({
    id,
    recipient,
    locale,
    data: data(id),
    createdAt: new Date(at),
  });

  it('makes one digest per address with its held emails, oldest first', () => {
    const digests = composeDigests(
      [held('b', 'x@k.dk', 2), held('a', 'x@k.dk', 1), held('c', 'y@k.dk', 3, 'en')],
      '2026-09-02' as IsoDate,
    );
    expect(digests.map((d) => [d.recipient, d.locale, d.heldIds])).toEqual([
      ['x@k.dk', 'da', ['a', 'b']],
      ['y@k.dk', 'en', ['c']],
    ]);
    expect(digests[0]!.data).toMatchObject({
      recipientName: 'Hvidovre Kommune',
      date: '2026-09-02',
    });
    expect(digests[0]!.data).not.toHaveProperty('link');
  });

  it('leaves the recipient’s name and the urgency flag out of each item', () => {
    const [digest] = composeDigests([held('a', 'x@k.dk', 1)], '2026-09-02' as IsoDate);
    const { recipientName: _name, urgent: _urgent, ...item } = data('a');
    expect(digest!.data.items).toEqual([item]);
  });

  it('takes the first locale in sort order when held emails disagree', () => {
    const [digest] = composeDigests(
      [held('a', 'x@k.dk', 1, 'en'), held('b', 'x@k.dk', 2, 'da')],
      '2026-09-02' as IsoDate,
    );
    expect(digest!.locale).toBe('da');
  });

  it('drops the ready-made link an email held before issue 12 carries (an address of that time)', () => {
    const old = { ...held('a', 'x@k.dk', 1), data: { ...data('a'), link: 'https://x/inbox/warnings/a' } };
    const [digest] = composeDigests([old], '2026-09-02' as IsoDate);
    expect(digest!.data.items[0]).not.toHaveProperty('link');
  });

  it("keeps each item's warning id, so the digest links every warning to its page", () => {
    const withId = { ...held('a', 'x@k.dk', 1), data: { ...data('a'), warningId: 'w-a' } };
    const [digest] = composeDigests([withId], '2026-09-02' as IsoDate);
    expect(digest!.data.items[0]).toMatchObject({ warningId: 'w-a' });
  });

  it('has nothing to send when nothing is held', () => {
    expect(composeDigests([], '2026-09-02' as IsoDate)).toEqual([]);
  });
});
