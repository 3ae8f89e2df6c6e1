import { mayDecideHousingPlan } from './housing-plan-deciders.js';
import { HOUSING_PLAN_OPTIONS } from './housing-plan-rules.js';

describe('mayDecideHousingPlan', () => {
  it('the probation officer and the municipality may record every option', () => {
    for (const option of HOUSING_PLAN_OPTIONS) {
      expect(mayDecideHousingPlan('probation', option)).toBe(true);
      expect(mayDecideHousingPlan('municipality', option)).toBe(true);
    }
  });

  it('the landlord may not record that the municipality pays, but every other option', () => {
    expect(HOUSING_PLAN_OPTIONS.filter((option) => mayDecideHousingPlan('landlord', option))).toEqual([
      'keep_own_means',
      'sublet',
      'give_up',
    ]);
  });
});
