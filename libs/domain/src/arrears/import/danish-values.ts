import { isIsoDate, type IsoDate } from '@app/calendar';

/** The largest amount an arrears list may carry: 10.000.000 kr. A bigger one is a typo or a shifted column. */
export const MAX_AMOUNT_ORE = 1_000_000_000;

export type AmountProblem = 'format' | 'negative' | 'decimals' | 'too-large';
export type AmountResult = { ok: true; ore: number } | { ok: false; problem: AmountProblem };

/** A currency word before or after the number: "kr. 1.234,50", "1.234,50 kr", "DKK 100". */
const CURRENCY_PREFIX = /^(?:kr\.?|dkk)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:kr\.?|dkk)$/i;
/**
 * Danish notation: thousands grouped by `.` or a (non-breaking) space, always in groups of three,
 * the same separator throughout, and a decimal comma.
 */
const DANISH_AMOUNT = /^(\d{1,3}([. \u00a0\u202f])\d{3}(?:\2\d{3})*|\d+)(?:,(\d+))?$/;
/**
 * `12345.67`: a decimal point, accepted only with 1–2 digits after it and no comma. `1.234` can
 * never be read this way: in Danish it is one thousand two hundred and thirty-four kroner, and
 * DANISH_AMOUNT reads it so. `1234.567` matches neither and is refused rather than guessed at.
 */
const DOT_DECIMAL_AMOUNT = /^(\d+)\.(\d{1,2})$/;

/**
 * Kroner as written in a Danish spreadsheet (`12.345,67`, `12345,67`, `12345`, `kr. 1.234,50`,
 * `1 234,50`, `1.234,-`) to integer øre, by reading the digits: no floating point touches a
 * string amount.
 *
 * Zero is returned as 0 øre; whether zero is allowed is the caller's rule.
 */
export function parseAmountOre(input: string): AmountResult {
  let text = input.trim().replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  // "1.234,-" is the Danish way of writing whole kroner.
  if (text.endsWith(',-')) text = `${text.slice(0, -2)},00`;
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = text.slice(1).trimStart();

  let whole: string;
  let fraction: string;
  const danish = DANISH_AMOUNT.exec(text);
  const dotted = danish ? null : DOT_DECIMAL_AMOUNT.exec(text);
  if (danish) {
    whole = danish[1].replace(/\D/g, '');
    fraction = danish[3] ?? '';
  } else if (dotted) {
    whole = dotted[1];
    fraction = dotted[2];
  } else {
    return { ok: false, problem: 'format' };
  }
  if (negative) return { ok: false, problem: 'negative' };
  return fromDigits(whole, fraction);
}

/**
 * A JSON number of kroner. `String(n)` gives the shortest decimal that reads back as `n`, which is
 * the literal as written for any amount with at most 15 significant digits (10.000.000,00 has 10),
 * so the øre are still counted from digits, not multiplied in floating point.
 */
export function amountOreFromNumber(kroner: number): AmountResult {
  if (!Number.isFinite(kroner)) return { ok: false, problem: 'format' };
  if (kroner < 0) return { ok: false, problem: 'negative' };
  if (kroner > MAX_AMOUNT_ORE / 100) return { ok: false, problem: 'too-large' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(kroner));
  // Only a tiny fraction such as 1e-7 is written with an exponent in this range.
  if (!match) return { ok: false, problem: 'decimals' };
  return fromDigits(match[1], match[2] ?? '');
}

function fromDigits(whole: string, fraction: string): AmountResult {
  if (fraction.length > 2) return { ok: false, problem: 'decimals' };
  const significant = whole.replace(/^0+/, '');
  // Nine digits of kroner already exceed the maximum; checking the length first keeps Number() exact.
  if (significant.length > 8) return { ok: false, problem: 'too-large' };
  const ore = Number(significant || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (ore > MAX_AMOUNT_ORE) return { ok: false, problem: 'too-large' };
  return { ok: true, ore };
}

/** Øre as Danish kroner without the currency: 123450 → `1.234,50`. */
export function formatOre(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(ore));
  const whole = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${String(absolute % 100).padStart(2, '0')}`;
}

export type DateProblem = 'format' | 'not-a-day' | 'out-of-range';
export type DateResult = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem };

/** Years an arrears due date can plausibly fall in; anything else is a typo such as 01-03-2205. */
export const FIRST_DUE_YEAR = 2000;
export const LAST_DUE_YEAR = 2099;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yyyy`, with one-digit day and month allowed, one separator throughout. */
const DANISH_DATE = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

/**
 * A due date as a Danish spreadsheet writes it (`05-03-2025`, `5.3.2025`, `05/03/2025`) or ISO
 * (`2025-03-05`). Always day before month: a Danish file never puts the month first.
 */
export function parseDueDate(input: string): DateResult {
  const text = input.trim();
  const iso = ISO_DATE.exec(text);
  const danish = iso ? null : DANISH_DATE.exec(text);
  let date: string;
  if (iso) date = text;
  else if (danish) date = `${danish[4]}-${danish[3].padStart(2, '0')}-${danish[1].padStart(2, '0')}`;
  else return { ok: false, problem: 'format' };
  if (!isIsoDate(date)) return { ok: false, problem: 'not-a-day' };
  const year = Number(date.slice(0, 4));
  if (year < FIRST_DUE_YEAR || year > LAST_DUE_YEAR) return { ok: false, problem: 'out-of-range' };
  return { ok: true, date };
}
