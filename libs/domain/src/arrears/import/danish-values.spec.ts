import { amountOreFromNumber, formatOre, parseAmountOre, parseDueDate } from './danish-values.js';

describe('parseAmountOre', () => {
  it.each([
    ['12.345,67', 1_234_567],
    ['12345,67', 1_234_567],
    ['12345', 1_234_500],
    ['12345,5', 1_234_550],
    ['kr. 1.234,50', 123_450],
    ['1.234,50 kr.', 123_450],
    ['DKK 1.234,50', 123_450],
    ['1 234,50', 123_450],
    ['1\u00a0234,50', 123_450],
    ['1\u202f234\u202f567,00', 123_456_700],
    ['1.234,-', 123_400],
    ['  7.900  ', 790_000],
    // Danish: a dot groups thousands, so `1.234` is one thousand two hundred and thirty-four kroner.
    ['1.234', 123_400],
    ['1.234.567', 123_456_700],
    // A decimal point only with exactly 1–2 digits after it and no comma.
    ['12345.67', 1_234_567],
    ['1.5', 150],
    ['0,00', 0],
    ['10.000.000,00', 1_000_000_000],
    ['0000012,30', 1_230],
  ])('reads %j as %i øre', (input, ore) => {
    expect(parseAmountOre(input)).toEqual({ ok: true, ore });
  });

  it.each([
    ['', 'format'],
    ['abc', 'format'],
    ['12,34,56', 'format'],
    ['1.23.45', 'format'],
    ['1234.567', 'format'],
    ['12.34,5', 'format'],
    ['1.234 567,00', 'format'],
    ['1,2.3', 'format'],
    ['+100', 'format'],
    ['1e3', 'format'],
    ['-100,00', 'negative'],
    ['kr. -1.234,50', 'negative'],
    ['\u2212100', 'negative'],
    ['12,345', 'decimals'],
    ['1.234,567', 'decimals'],
    ['10.000.000,01', 'too-large'],
    ['123456789', 'too-large'],
    ['99999999999999999999999', 'too-large'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseAmountOre(input)).toEqual({ ok: false, problem });
  });
});

describe('amountOreFromNumber', () => {
  it.each([
    [8450, 845_000],
    [1234.56, 123_456], // 1234.56 * 100 is 123456.00000000001 in floating point
    [0.29, 29], // 0.29 * 100 is 28.999999999999996
    [1e7, 1_000_000_000],
    [0, 0],
  ])('reads %d kr. as %i øre', (kroner, ore) => {
    expect(amountOreFromNumber(kroner)).toEqual({ ok: true, ore });
  });

  it.each([
    [-5, 'negative'],
    [1.005, 'decimals'],
    [1e-7, 'decimals'],
    [10_000_000.01, 'too-large'],
    [Infinity, 'format'],
    [NaN, 'format'],
  ])('refuses %d (%s)', (kroner, problem) => {
    expect(amountOreFromNumber(kroner)).toEqual({ ok: false, problem });
  });
});

describe('formatOre', () => {
  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [123_450, '1.234,50'],
    [1_000_000_000, '10.000.000,00'],
    [-123_450, '-1.234,50'],
  ])('writes %i øre as %s', (ore, text) => {
    expect(formatOre(ore)).toBe(text);
  });

  it('round-trips through parseAmountOre', () => {
    for (const ore of [1, 99, 100, 123_456, 999_999_999]) {
      expect(parseAmountOre(formatOre(ore))).toEqual({ ok: true, ore });
    }
  });
});

describe('parseDueDate', () => {
  it.each([
    ['01-03-2025', '2025-03-01'],
    ['1-3-2025', '2025-03-01'],
    ['01.03.2025', '2025-03-01'],
    ['1/3/2025', '2025-03-01'],
    ['2025-03-01', '2025-03-01'],
    [' 29-02-2024 ', '2024-02-29'],
  ])('reads %j as %s (day before month)', (input, date) => {
    expect(parseDueDate(input)).toEqual({ ok: true, date });
  });

  it.each([
    ['', 'format'],
    ['03-01-25', 'format'],
    ['2025/03/01', 'format'],
    ['01-03.2025', 'format'],
    ['2025-3-1', 'format'],
    ['1. marts 2025', 'format'],
    ['2025-03-01T00:00:00Z', 'format'],
    ['29-02-2025', 'not-a-day'],
    ['31-04-2025', 'not-a-day'],
    ['01-13-2025', 'not-a-day'],
    ['00-01-2025', 'not-a-day'],
    ['01-03-2205', 'out-of-range'],
    ['01-03-1999', 'out-of-range'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseDueDate(input)).toEqual({ ok: false, problem });
  });
});
