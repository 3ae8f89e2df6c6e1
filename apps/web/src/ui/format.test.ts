import { describe, expect, it } from 'vitest';
import { formatDate, formatOre, parseKroner } from './format';

describe('amounts and dates as people read them', () => {
  it('shows øre as Danish kroner with two decimals', () => {
    expect(formatOre(123450)).toBe('1.234,50 kr.');
    expect(formatOre('0')).toBe('0,00 kr.');
    expect(formatOre(-5)).toBe('-0,05 kr.');
    expect(formatOre(null)).toBe('–');
  });

  it('reads kroner as typed, the Danish and the English way', () => {
    expect(parseKroner('1.234,50')).toBe(123450);
    expect(parseKroner('1234,5')).toBe(123450);
    expect(parseKroner('1234.50')).toBe(123450);
    expect(parseKroner('1234')).toBe(123400);
    expect(parseKroner(' 8.500 kr. ')).toBe(850000);
    expect(parseKroner('12,345.67')).toBe(1234567);
    expect(parseKroner('abc')).toBeUndefined();
    expect(parseKroner('')).toBeUndefined();
  });

  it('shows legal dates as dd-mm-yyyy in Danish and spelled out in English', () => {
    expect(formatDate('2026-12-01', 'da')).toBe('01-12-2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(formatDate(null, 'da')).toBe('–');
  });
});
