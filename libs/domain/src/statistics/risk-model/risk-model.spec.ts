import { riskFeatureRow, RISK_FEATURES } from './risk-features.js';
import { fitRiskModel, predictEviction } from './risk-model.js';

const facts = {
  ledgerAtRegistration: [
    { kind: 'rent_charge' as const, amountOre: 500_000, dueDate: '2026-01-01', bookedOn: '2026-01-01' },
    { kind: 'rent_charge' as const, amountOre: 500_000, dueDate: '2026-02-01', bookedOn: '2026-02-01' },
    { kind: 'payment' as const, amountOre: -250_000, dueDate: null, bookedOn: '2026-02-10' },
  ],
  monthlyRentOre: 500_000,
  childrenInHousehold: 2,
  earlierCases: 5,
  custodyEpisode: true,
  referredToCounselling: false,
};

describe('riskFeatureRow', () => {
  it('derives months and arrears relative to rent from the ledger, and caps earlier cases', () => {
    expect(riskFeatureRow(facts)).toEqual([1, 2, 1.5, 1, 3, 1, 0]);
    expect(riskFeatureRow(facts)).toHaveLength(RISK_FEATURES.length);
  });

  it('never goes negative on a credit balance', () => {
    const row = riskFeatureRow({
      ...facts,
      ledgerAtRegistration: [{ kind: 'payment', amountOre: -100, dueDate: null, bookedOn: '2026-01-01' }],
      childrenInHousehold: 0,
    });
    expect(row.slice(1, 4)).toEqual([0, 0, 0]);
  });
});

describe('fitRiskModel', () => {
  it('leaves out a feature that never varies and refuses too few cases or events', () => {
    const rows: number[][] = [];
    const evicted: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      rows.push([1, 1 + (i % 6), (i % 7) / 2, i % 2, i % 3, 0, i % 5 === 0 ? 1 : 0]);
      evicted.push(i % 7 === 0 || i % 11 === 0);
    }
    const result = fitRiskModel(rows, evicted);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const custody = result.model.coefficients.find((c) => c.name === 'custody_episode')!;
    expect(custody).toEqual({ name: 'custody_episode', estimate: null, standardError: null });
    expect(result.model.nCases).toBe(200);
    expect(result.model.nEvents).toBe(evicted.filter(Boolean).length);
    const expected = rows.reduce((s, row) => s + predictEviction(result.model.coefficients, row), 0);
    expect(expected).toBeCloseTo(result.model.nEvents, 6);

    expect(fitRiskModel(rows.slice(0, 10), evicted.slice(0, 10))).toEqual({ ok: false, reason: 'too_few_cases' });
    expect(
      fitRiskModel(
        rows,
        rows.map(() => false),
      ),
    ).toEqual({ ok: false, reason: 'no_variation' });
  });
});
