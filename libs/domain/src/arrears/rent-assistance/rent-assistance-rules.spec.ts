import { type IsoDate } from '@app/calendar';
import {
  decideApplication,
  grantedForClosing,
  RENT_ASSISTANCE_KINDS,
  validateApplication,
  type ApplicationState,
} from './rent-assistance-rules.js';

const d = (iso: string) => iso as IsoDate;
const TODAY = d('2026-12-01');
const pending: ApplicationState = { appliedOn: d('2026-11-10'), decision: 'pending' };

describe('validateApplication', () => {
  it.each(RENT_ASSISTANCE_KINDS)('takes the kind %s applied on a day that has come', (kind) => {
    expect(validateApplication({ kind, appliedOn: TODAY }, TODAY)).toBeNull();
  });

  it('refuses a kind outside the fixed list', () => {
    expect(validateApplication({ kind: 'section_82', appliedOn: TODAY }, TODAY)).toEqual({
      code: 'RENT_ASSISTANCE_KIND_INVALID',
      field: 'kind',
    });
  });

  it('refuses an application dated in the future', () => {
    expect(validateApplication({ kind: 'section_81a', appliedOn: d('2026-12-02') }, TODAY)).toMatchObject({
      code: 'DATE_IN_FUTURE',
      field: 'appliedOn',
    });
  });
});

describe('decideApplication', () => {
  it('grants with an amount, decided on the day of the application or later', () => {
    expect(
      decideApplication(pending, { decision: 'granted', decidedOn: d('2026-11-10'), amountOre: 650_000 }, TODAY),
    ).toEqual({
      ok: true,
      change: { decision: 'granted', decidedOn: '2026-11-10', amountOre: 650_000, correction: null },
    });
  });

  it('refuses without an amount', () => {
    expect(decideApplication(pending, { decision: 'refused', decidedOn: TODAY }, TODAY)).toEqual({
      ok: true,
      change: { decision: 'refused', decidedOn: TODAY, amountOre: null, correction: null },
    });
  });

  it.each([
    ['a grant without an amount', { decision: 'granted', decidedOn: TODAY }, 'RENT_ASSISTANCE_AMOUNT_REQUIRED'],
    ['a grant of 0', { decision: 'granted', decidedOn: TODAY, amountOre: 0 }, 'RENT_ASSISTANCE_AMOUNT_REQUIRED'],
    [
      'a grant of part øre',
      { decision: 'granted', decidedOn: TODAY, amountOre: 1.5 },
      'RENT_ASSISTANCE_AMOUNT_REQUIRED',
    ],
    [
      'a refusal with an amount',
      { decision: 'refused', decidedOn: TODAY, amountOre: 100 },
      'RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED',
    ],
    ['a decision in the future', { decision: 'refused', decidedOn: d('2026-12-02') }, 'DATE_IN_FUTURE'],
    [
      'a decision before the application',
      { decision: 'refused', decidedOn: d('2026-11-09') },
      'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
    ],
    [
      'a correction reason on a pending one',
      { decision: 'refused', decidedOn: TODAY, correctionReason: 'x' },
      'RENT_ASSISTANCE_NOT_DECIDED',
    ],
  ] as const)('refuses %s', (_name, input, code) => {
    const result = decideApplication(pending, input, TODAY);
    expect(result.ok ? null : result.violation.code).toBe(code);
  });

  it('names both dates when the decision precedes the application', () => {
    const result = decideApplication(pending, { decision: 'refused', decidedOn: d('2026-11-01') }, TODAY);
    expect(result).toEqual({
      ok: false,
      violation: {
        code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
        field: 'decidedOn',
        decidedOn: '2026-11-01',
        appliedOn: '2026-11-10',
      },
    });
  });

  describe('a decision already recorded', () => {
    const refused: ApplicationState = { appliedOn: d('2026-11-10'), decision: 'refused' };

    it('is final: another decision without a correction reason is refused', () => {
      const result = decideApplication(refused, { decision: 'granted', decidedOn: TODAY, amountOre: 1 }, TODAY);
      expect(result).toEqual({
        ok: false,
        violation: { code: 'RENT_ASSISTANCE_ALREADY_DECIDED', field: 'correctionReason', decision: 'refused' },
      });
    });

    it('refuses a blank correction reason', () => {
      const result = decideApplication(
        refused,
        { decision: 'refused', decidedOn: TODAY, correctionReason: '  ' },
        TODAY,
      );
      expect(result.ok ? null : result.violation.code).toBe('RENT_ASSISTANCE_REASON_MISSING');
    });

    it('is corrected with a reason, which the change carries with the earlier decision', () => {
      const result = decideApplication(
        refused,
        { decision: 'granted', decidedOn: TODAY, amountOre: 400_000, correctionReason: ' Klage gav medhold ' },
        TODAY,
      );
      expect(result).toEqual({
        ok: true,
        change: {
          decision: 'granted',
          decidedOn: TODAY,
          amountOre: 400_000,
          correction: { previous: 'refused', reason: 'Klage gav medhold' },
        },
      });
    });

    it('checks a correction by the same rules as a first decision', () => {
      const result = decideApplication(
        refused,
        { decision: 'refused', decidedOn: TODAY, amountOre: 5, correctionReason: 'Fejl' },
        TODAY,
      );
      expect(result.ok ? null : result.violation.code).toBe('RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED');
    });
  });
});

describe('grantedForClosing', () => {
  it('needs a grant decided on or before the closing day', () => {
    expect(grantedForClosing([{ decision: 'granted', decidedOn: d('2026-11-20') }], d('2026-11-20'))).toBe(true);
    expect(grantedForClosing([{ decision: 'granted', decidedOn: d('2026-11-21') }], d('2026-11-20'))).toBe(false);
  });

  it('is not met by pending or refused applications, nor by none', () => {
    expect(
      grantedForClosing(
        [
          { decision: 'pending', decidedOn: null },
          { decision: 'refused', decidedOn: d('2026-11-01') },
        ],
        TODAY,
      ),
    ).toBe(false);
    expect(grantedForClosing([], TODAY)).toBe(false);
  });
});
