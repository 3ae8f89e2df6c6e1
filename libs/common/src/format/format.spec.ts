import { formatDkk, formatLegalDate, formatMoney } from './format.js';

describe('formatMoney', () => {
  it.each([
    [1_234_550, '12.345,50 kr.', 'DKK 12,345.50'],
    [650_000, '6.500,00 kr.', 'DKK 6,500.00'],
    [5, '0,05 kr.', 'DKK 0.05'],
    [0, '0,00 kr.', 'DKK 0.00'],
    [-1_250, '-12,50 kr.', '-DKK 12.50'],
    [100_000_000_000, '1.000.000.000,00 kr.', 'DKK 1,000,000,000.00'],
  ])('%d øre reads %s / %s', (ore, da, en) => {
    expect(formatMoney(ore, 'da')).toBe(da);
    expect(formatMoney(ore, 'en')).toBe(en);
  });
});

describe('formatDkk', () => {
  it.each([
    [1_300_000, '13000.00'],
    [-10_000, '-100.00'],
    [5, '0.05'],
  ])('%d øre is "%s"', (ore, text) => expect(formatDkk(ore)).toBe(text));
});

describe('formatLegalDate', () => {
  it.each([
    ['2026-03-05', '5. marts 2026', '5 March 2026'],
    ['2026-12-31', '31. december 2026', '31 December 2026'],
    ['2024-02-29', '29. februar 2024', '29 February 2024'],
    ['0099-01-01', '1. januar 99', '1 January 99'],
  ])('%s reads %s / %s', (iso, da, en) => {
    expect(formatLegalDate(iso, 'da')).toBe(da);
    expect(formatLegalDate(iso, 'en')).toBe(en);
  });
});
