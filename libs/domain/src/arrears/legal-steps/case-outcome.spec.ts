import { avertReasonFromText, structuredOutcomeOf } from './case-outcome.js';

describe('structured outcomes', () => {
  it('maps each final stage and close outcome', () => {
    expect(structuredOutcomeOf('evicted', 'evicted')).toEqual({ kind: 'evicted', reason: null });
    expect(structuredOutcomeOf('averted', 'averted', 'rent_assistance')).toEqual({
      kind: 'averted',
      reason: 'rent_assistance',
    });
    expect(structuredOutcomeOf('averted', 'averted')).toEqual({ kind: 'averted', reason: 'other' });
    for (const outcome of ['paid', 'payment_plan', 'rent_assistance', 'moved_out'] as const) {
      expect(structuredOutcomeOf('closed', outcome)).toEqual({ kind: 'averted', reason: outcome });
    }
    expect(structuredOutcomeOf('closed', 'withdrawn')).toEqual({ kind: 'closed_without_proceedings', reason: null });
    expect(structuredOutcomeOf('closed', null)).toEqual({ kind: 'closed_without_proceedings', reason: null });
  });

  it('is null for an open case', () => {
    expect(structuredOutcomeOf('registered', null)).toBeNull();
    expect(structuredOutcomeOf('payment_plan_agreed', null)).toBeNull();
  });

  it('reads the reason from the words of a note', () => {
    expect(avertReasonFromText('Restancen er betalt')).toBe('paid');
    expect(avertReasonFromText('Lejer har indfriet restancen')).toBe('paid');
    expect(avertReasonFromText('Afdragsordning aftalt med lejer')).toBe('payment_plan');
    expect(avertReasonFromText('Betalingsaftale indgået')).toBe('payment_plan');
    expect(avertReasonFromText('Kommunen bevilgede huslejehjælp efter § 81 a')).toBe('rent_assistance');
    expect(avertReasonFromText('Lejer er fraflyttet')).toBe('moved_out');
    expect(avertReasonFromText('Tenant moved out')).toBe('moved_out');
    expect(avertReasonFromText('Fogeden aflyste')).toBe('other');
    expect(avertReasonFromText('')).toBe('other');
    expect(avertReasonFromText(null)).toBe('other');
  });
});
