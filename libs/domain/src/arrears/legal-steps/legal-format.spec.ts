import { formatKroner, joinAlternatives } from './legal-format.js';

describe('formatKroner', () => {
  it.each([
    [0, '0,00 kr.', 'DKK 0.00'],
    [31_400, '314,00 kr.', 'DKK 314.00'],
    [650_005, '6.500,05 kr.', 'DKK 6,500.05'],
    [123_456_789, '1.234.567,89 kr.', 'DKK 1,234,567.89'],
    [-100, '-1,00 kr.', '-DKK 1.00'],
  ])('%p øre is "%s" / "%s"', (ore, da, en) => {
    expect(formatKroner(ore)).toEqual({ da, en });
  });
});

describe('joinAlternatives', () => {
  const a = { da: 'a', en: 'A' };
  const b = { da: 'b', en: 'B' };
  const c = { da: 'c', en: 'C' };

  it('joins with "eller" / "or"', () => {
    expect(joinAlternatives([])).toEqual({ da: '', en: '' });
    expect(joinAlternatives([a])).toEqual({ da: 'a', en: 'A' });
    expect(joinAlternatives([a, b])).toEqual({ da: 'a eller b', en: 'A or B' });
    expect(joinAlternatives([a, b, c])).toEqual({ da: 'a, b eller c', en: 'A, B or C' });
  });
});
