import { describe, expect, it } from 'vitest';
import { homeOf, NAVIGATION, safeNext } from './navigation';

describe('navigation', () => {
  it('returns only to addresses of this application after sign-in', () => {
    expect(safeNext('/inbox/warnings/7')).toBe('/inbox/warnings/7');
    expect(safeNext('/cases?stage=terminated')).toBe('/cases?stage=terminated');
    expect(safeNext('//evil.example/x')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(safeNext('/sign-in?next=/x')).toBeUndefined();
    expect(safeNext(null)).toBeUndefined();
  });

  it('lands each role on its first piece of work', () => {
    expect(homeOf('housing_caseworker')).toBe('/cases');
    expect(homeOf('municipal_social_worker')).toBe('/inbox');
    expect(homeOf('debt_advisor')).toBe('/referrals');
    expect(homeOf('administrator')).toBe('/directory');
    expect(homeOf('probation_officer')).toBe('/custody-episodes');
    expect(NAVIGATION.municipal_social_worker.map((item) => item.to)).toContain('/custody-episodes');
    expect(homeOf('manager')).toBe('/statistics');
    expect(NAVIGATION.manager.map((item) => item.to)).not.toContain('/cases');
  });
});
