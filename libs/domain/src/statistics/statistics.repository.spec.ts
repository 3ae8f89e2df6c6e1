import { integersOf } from './statistics.repository.js';

describe('integersOf (a PostgreSQL integer array as text)', () => {
  it('reads every integer in order', () => {
    expect(integersOf('{0,3,12}')).toEqual([0, 3, 12]);
    expect(integersOf('{1234567}')).toEqual([1234567]);
    expect(integersOf('{-4,0,-17}')).toEqual([-4, 0, -17]);
  });

  it('reads an empty array as none', () => {
    expect(integersOf('{}')).toEqual([]);
  });

  it('reads what PostgreSQL writes for the histograms', () => {
    // array_agg of integers, as `days::text`: no spaces, no quotes.
    const days = Array.from({ length: 300 }, (_, i) => i * 7);
    expect(integersOf(`{${days.join(',')}}`)).toEqual(days);
  });
});
