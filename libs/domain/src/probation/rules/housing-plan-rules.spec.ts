import fc from 'fast-check';
import { addDays, isBusinessDay, parseIsoDate, type IsoDate } from '@app/calendar';
import { addMonths, type CustodyEpisodeFacts } from './episode-dates.js';
import {
  checkHousingPlan,
  expectedAbsenceEnd,
  HOUSING_PLAN_VIOLATION_CODES,
  housingPlanViolationText,
  municipalityMustExamineAlternatives,
  type HousingPlan,
} from './housing-plan-rules.js';

const d = (s: string) => s as IsoDate;
const TODAY = d('2026-03-10');

const episode = (over: Partial<CustodyEpisodeFacts> = {}): CustodyEpisodeFacts => ({
  kind: 'serving',
  startOn: d('2026-03-02'),
  expectedReleaseOn: null,
  paroleOn: d('2026-09-22'),
  sentenceMonths: 10,
  ...over,
});

const sublet = (over: Partial<Extract<HousingPlan, { option: 'sublet' }>> = {}): HousingPlan => ({
  option: 'sublet',
  decidedOn: d('2026-03-05'),
  fromOn: d('2026-04-01'),
  toOn: d('2026-09-30'),
  landlordConsentOn: d('2026-03-20'),
  ...over,
});

const codes = (facts: CustodyEpisodeFacts, plan: HousingPlan) =>
  checkHousingPlan(facts, plan, TODAY).violations.map((v) => v.code);

describe('the housing plan: keep the home with rent from own means', () => {
  it('has no conditions beyond a decision date that is not in the future', () => {
    expect(codes(episode(), { option: 'keep_own_means', decidedOn: TODAY })).toEqual([]);
    expect(checkHousingPlan(episode(), { option: 'keep_own_means', decidedOn: d('2026-03-11') }, TODAY)).toMatchObject({
      violations: [{ code: 'HOUSING_PLAN_DECIDED_IN_FUTURE', field: 'decidedOn', limitOn: TODAY }],
    });
  });
});

describe('the housing plan: the municipality pays a reasonable housing cost', () => {
  const pays = (subletPossible: boolean | null): HousingPlan => ({
    option: 'municipality_pays',
    decidedOn: TODAY,
    subletPossible,
  });

  it('an expected stay of 6 months or less: no examination of alternatives is needed', () => {
    // Parole 2 September 2026 is exactly 6 months after 2 March: not over 6 months.
    expect(codes(episode({ paroleOn: d('2026-09-02') }), pays(null))).toEqual([]);
    expect(municipalityMustExamineAlternatives(episode({ paroleOn: d('2026-09-02') }))).toBe(false);
  });

  it('a sentence with an expected stay over 6 months: only when subletting is not possible (Ankestyrelsen)', () => {
    expect(codes(episode(), pays(false))).toEqual([]);
    expect(codes(episode(), pays(true))).toEqual(['HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE']);
    expect(codes(episode(), pays(null))).toEqual(['HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED']);
  });

  it('remand: the municipality may pay, also beyond 6 months, and no alternatives are asked for (A-19-07)', () => {
    const remand = episode({ kind: 'remand', paroleOn: null, sentenceMonths: null, expectedReleaseOn: null });
    expect(codes(remand, pays(true))).toEqual([]);
    expect(codes(remand, pays(null))).toEqual([]);
    expect(codes({ ...remand, expectedReleaseOn: d('2027-06-01') }, pays(true))).toEqual([]);
  });

  it('a sentence whose length nothing tells: the examination is required, since the stay may be over 6 months', () => {
    const unknown = episode({ paroleOn: null, sentenceMonths: null });
    expect(expectedAbsenceEnd(unknown)).toBeNull();
    expect(codes(unknown, pays(null))).toEqual(['HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED']);
  });

  it('the expected end of the stay: expected release, else parole, else the whole sentence', () => {
    expect(expectedAbsenceEnd(episode({ expectedReleaseOn: d('2026-12-01') }))).toBe('2026-12-01');
    expect(expectedAbsenceEnd(episode())).toBe('2026-09-22');
    expect(expectedAbsenceEnd(episode({ paroleOn: null, sentenceMonths: 5 }))).toBe('2026-08-02');
    // A 7-month sentence with nothing else known is taken at its full length: over 6 months.
    expect(codes(episode({ paroleOn: null, sentenceMonths: 7 }), pays(null))).toEqual([
      'HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED',
    ]);
  });
});

describe('the housing plan: sublet the whole home', () => {
  it('a sublet for the absence with the landlord’s consent: no violations, and a reminder 30 days before it ends', () => {
    const check = checkHousingPlan(episode(), sublet(), TODAY);
    expect(check.violations).toEqual([]);
    // 30 September − 30 days = Monday 31 August 2026.
    expect(check.dates).toEqual({
      sixMonthsOn: '2026-09-02',
      expectedEndOn: '2026-09-22',
      subletLatestToOn: '2028-03-31',
      subletReminderOn: '2026-08-31',
    });
  });

  it('moves the reminder to the business day before a weekend or holiday', () => {
    // 30 days before 3 January 2027 is Friday 4 December 2026; before 24 January 2027 it is Christmas Eve → 23 December.
    expect(checkHousingPlan(episode(), sublet({ toOn: d('2027-01-03') }), TODAY).dates.subletReminderOn).toBe(
      '2026-12-04',
    );
    expect(checkHousingPlan(episode(), sublet({ toOn: d('2027-01-23') }), TODAY).dates.subletReminderOn).toBe(
      '2026-12-23',
    );
    // 30 days before 6 May 2026 is Easter Monday 6 April → Wednesday 1 April.
    expect(checkHousingPlan(episode(), sublet({ toOn: d('2026-05-06') }), TODAY).dates.subletReminderOn).toBe(
      '2026-04-01',
    );
  });

  it('a sublet shorter than the reminder days is reminded on its first day', () => {
    expect(checkHousingPlan(episode(), sublet({ toOn: d('2026-04-20') }), TODAY).dates.subletReminderOn).toBe(
      '2026-04-01',
    );
  });

  it('at most 2 years, both days counted', () => {
    const long = episode({ sentenceMonths: 30, paroleOn: d('2028-03-01') });
    expect(codes(long, sublet({ toOn: d('2028-03-31') }))).toEqual([]);
    expect(checkHousingPlan(long, sublet({ toOn: d('2028-04-01') }), TODAY).violations).toEqual([
      { code: 'HOUSING_PLAN_SUBLET_TOO_LONG', field: 'toOn', limitOn: '2028-03-31' },
    ]);
    // From 29 February 2028: 2 years on is clamped to 28 February 2030, so the last day is the 27th (a day short
    // rather than a day too long).
    expect(
      checkHousingPlan(long, sublet({ fromOn: d('2028-02-29'), toOn: d('2028-03-01') }), TODAY).dates.subletLatestToOn,
    ).toBe('2030-02-27');
  });

  it('needs the landlord’s consent, given before the sublet starts', () => {
    expect(codes(episode(), sublet({ landlordConsentOn: null }))).toEqual([
      'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT',
    ]);
    expect(codes(episode(), sublet({ landlordConsentOn: d('2026-04-02') }))).toEqual([
      'HOUSING_PLAN_SUBLET_CONSENT_AFTER_START',
    ]);
    expect(codes(episode(), sublet({ landlordConsentOn: d('2026-04-01') }))).toEqual([]);
  });

  it('a period: both days, in order, not before the absence starts', () => {
    expect(codes(episode(), sublet({ toOn: null }))).toEqual(['HOUSING_PLAN_SUBLET_PERIOD_MISSING']);
    expect(codes(episode(), sublet({ fromOn: null, landlordConsentOn: d('2026-03-20') }))).toEqual([
      'HOUSING_PLAN_SUBLET_PERIOD_MISSING',
    ]);
    expect(codes(episode(), sublet({ toOn: d('2026-03-31') }))).toEqual(['HOUSING_PLAN_SUBLET_PERIOD_INVALID']);
    expect(codes(episode(), sublet({ fromOn: d('2026-03-01'), landlordConsentOn: d('2026-02-20') }))).toEqual([
      'HOUSING_PLAN_SUBLET_BEFORE_ABSENCE',
    ]);
  });

  it('an absence expected to last over 2 years is not a temporary one', () => {
    const fourYears = episode({ sentenceMonths: 48, paroleOn: d('2028-11-02') });
    expect(checkHousingPlan(fourYears, sublet(), TODAY).violations).toEqual([
      { code: 'HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS', field: null, limitOn: '2028-03-02' },
    ]);
  });

  it('finds every violation at once', () => {
    expect(
      codes(
        episode({ sentenceMonths: 48, paroleOn: d('2029-01-02') }),
        sublet({ decidedOn: d('2026-04-01'), toOn: d('2029-01-01'), landlordConsentOn: null }),
      ),
    ).toEqual([
      'HOUSING_PLAN_DECIDED_IN_FUTURE',
      'HOUSING_PLAN_SUBLET_TOO_LONG',
      'HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS',
      'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT',
    ]);
  });
});

describe('the housing plan: give the home up in an orderly way', () => {
  const giveUp = (over: Partial<Extract<HousingPlan, { option: 'give_up' }>> = {}): HousingPlan => ({
    option: 'give_up',
    decidedOn: TODAY,
    noticeOn: d('2026-03-10'),
    leaseEndsOn: d('2026-06-30'),
    belongings: 'storage',
    ...over,
  });

  it('needs the notice, the lease’s end on or after it, and a decision on the belongings', () => {
    expect(codes(episode(), giveUp())).toEqual([]);
    expect(codes(episode(), giveUp({ noticeOn: null, leaseEndsOn: null, belongings: null }))).toEqual([
      'HOUSING_PLAN_GIVE_UP_NOTICE_MISSING',
      'HOUSING_PLAN_GIVE_UP_LEASE_END_MISSING',
      'HOUSING_PLAN_GIVE_UP_BELONGINGS_UNDECIDED',
    ]);
    expect(codes(episode(), giveUp({ leaseEndsOn: d('2026-03-09') }))).toEqual([
      'HOUSING_PLAN_GIVE_UP_LEASE_END_BEFORE_NOTICE',
    ]);
  });
});

describe('housing plan properties', () => {
  const BASE = parseIsoDate('2020-01-01');
  const anyDate = fc.integer({ min: 0, max: 7_300 }).map((n) => addDays(BASE, n));

  it('the sublet reminder is a business day (or the first day) within the sublet, at least 30 days before its end', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 800 }), (fromOn, length) => {
        const toOn = addDays(fromOn, length);
        const facts = episode({ startOn: fromOn, paroleOn: null, sentenceMonths: null });
        const { dates } = checkHousingPlan(facts, sublet({ fromOn, toOn, landlordConsentOn: fromOn }), toOn);
        const reminder = dates.subletReminderOn!;
        expect(reminder >= fromOn && reminder <= toOn).toBe(true);
        expect(reminder === fromOn || (isBusinessDay(reminder) && reminder <= addDays(toOn, -30))).toBe(true);
        expect(dates.subletLatestToOn).toBe(addDays(addMonths(fromOn, 24), -1));
      }),
      { numRuns: 400 },
    );
  });

  it('remand never asks the municipality for alternatives; the answer is the same for the same input', () => {
    fc.assert(
      fc.property(anyDate, fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }), (startOn, days) => {
        const remand: CustodyEpisodeFacts = {
          kind: 'remand',
          startOn,
          expectedReleaseOn: days === null ? null : addDays(startOn, days),
          paroleOn: null,
          sentenceMonths: null,
        };
        expect(municipalityMustExamineAlternatives(remand)).toBe(false);
        const plan: HousingPlan = { option: 'municipality_pays', decidedOn: startOn, subletPossible: true };
        expect(checkHousingPlan(remand, plan, startOn)).toEqual(checkHousingPlan({ ...remand }, { ...plan }, startOn));
      }),
      { numRuns: 200 },
    );
  });
});

describe('housing plan violation texts', () => {
  it.each(HOUSING_PLAN_VIOLATION_CODES)('%s has a text in both languages', (code) => {
    const text = housingPlanViolationText({ code, field: null, limitOn: d('2028-03-31') });
    expect(text.da.length).toBeGreaterThan(10);
    expect(text.en.length).toBeGreaterThan(10);
    expect(text.da).not.toBe(text.en);
  });

  it('names the limit where the rule has one', () => {
    expect(
      housingPlanViolationText({ code: 'HOUSING_PLAN_SUBLET_TOO_LONG', field: 'toOn', limitOn: d('2028-03-31') }),
    ).toEqual({
      da: 'Hele boligen kan højst fremlejes i 2 år: fremlejens sidste dag kan senest være 2028-03-31.',
      en: 'The whole home can be sublet for at most 2 years: the last day of the sublet can be 2028-03-31 at the latest.',
    });
  });
});
