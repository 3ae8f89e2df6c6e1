import { type IsoDate } from '@app/calendar';
import { errorDetails } from '@app/common';
import { RentAssistanceNotGrantedError, RentAssistanceRefusedError } from './rent-assistance.errors.js';

const d = (iso: string) => iso as IsoDate;

describe('rent assistance errors', () => {
  it('answer wrong input with 400 and the dates in the reader’s language', () => {
    const error = new RentAssistanceRefusedError({
      code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
      field: 'decidedOn',
      decidedOn: d('2026-11-01'),
      appliedOn: d('2026-11-10'),
    });
    expect(error).toMatchObject({ code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED', statusCode: 400 });
    expect(error.text.da).toBe('Afgørelsen (1. november 2026) kan ikke ligge før ansøgningen (10. november 2026).');
    expect(errorDetails(error, 'en')).toEqual([
      {
        field: 'decidedOn',
        rule: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
        message: error.text.en,
        decidedOn: '2026-11-01',
        appliedOn: '2026-11-10',
      },
    ]);
  });

  it('answer a decision at the wrong moment with 409, naming the decision already made', () => {
    const error = new RentAssistanceRefusedError({
      code: 'RENT_ASSISTANCE_ALREADY_DECIDED',
      field: 'correctionReason',
      decision: 'granted',
    });
    expect(error).toMatchObject({ code: 'RENT_ASSISTANCE_ALREADY_DECIDED', statusCode: 409 });
    expect(error.text.da).toContain('bevilget');
    expect(error.text.en).toContain('granted');
  });

  it('use the one date rule of every route for a date in the future', () => {
    const error = new RentAssistanceRefusedError({
      code: 'DATE_IN_FUTURE',
      field: 'appliedOn',
      date: d('2026-12-24'),
      today: d('2026-12-01'),
    });
    expect(error).toMatchObject({ code: 'DATE_IN_FUTURE', statusCode: 400 });
    expect(errorDetails(error, 'en')[0]).toMatchObject({ field: 'appliedOn', rule: 'notFuture' });
  });

  it('refuse closing without a grant with 409 on the outcome', () => {
    const error = new RentAssistanceNotGrantedError();
    expect(error).toMatchObject({ code: 'RENT_ASSISTANCE_NOT_GRANTED', statusCode: 409 });
    expect(errorDetails(error, 'da')[0]).toMatchObject({ field: 'outcome' });
  });
});
