import { copenhagenDateOf } from '@app/calendar';
import { CprError } from './cpr.errors.js';

export { CprError, type CprErrorCode } from './cpr.errors.js';

export type CprSex = 'male' | 'female';

/** A parsed Danish CPR number (personnummer). */
export interface Cpr {
  /** The 10 digits without a dash (`DDMMYYSSSS`): the form to encrypt and to blind-index. */
  readonly value: string;
  /** ISO `YYYY-MM-DD`, with the century taken from the serial number. */
  readonly birthDate: string;
  readonly sex: CprSex;
}

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

/**
 * Parses `DDMMYYSSSS` or `DDMMYY-SSSS` (surrounding whitespace ignored).
 *
 * The modulus-11 check is deliberately NOT enforced: the CPR office has issued numbers that fail
 * it since October 2007, because some birth dates ran out of modulus-11-valid serial numbers.
 *
 * @param today injectable for tests; a birth date after it is rejected.
 * @throws CprError `CPR_FORMAT` for anything but 10 digits with an optional dash after the 6th,
 *   `CPR_DATE` for a date that does not exist or lies in the future.
 */
export function parseCpr(input: string, today: Date = new Date()): Cpr {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) {
    throw new CprError('CPR_FORMAT', 'A CPR number must be 10 digits, written DDMMYYSSSS or DDMMYY-SSSS.');
  }
  const [, dd, mm, yy, serial] = match;
  const day = Number(dd);
  const month = Number(mm);
  const year = centuryOf(Number(serial[0]), Number(yy)) + Number(yy);

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CprError('CPR_DATE', 'The CPR number does not encode a real birth date.');
  }
  const birthDate = `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  // ISO dates compare correctly as strings.
  // CPR numbers are Danish, so "today" is the calendar date in Copenhagen, not in UTC.
  if (birthDate > copenhagenDateOf(today)) {
    throw new CprError('CPR_DATE', 'The CPR number encodes a birth date in the future.');
  }

  return Object.freeze({
    value: `${dd}${mm}${yy}${serial}`,
    birthDate,
    sex: Number(serial[3]) % 2 === 1 ? 'male' : 'female',
  });
}

export function isValidCpr(input: string, today: Date = new Date()): boolean {
  try {
    parseCpr(input, today);
    return true;
  } catch (error) {
    if (error instanceof CprError) return false;
    throw error;
  }
}

/**
 * `DDMMYY-xxxx`: the form to show on screen and in letters (docs/personal-data.md#cpr-numbers: mask CPR numbers).
 * A string is parsed first, so an invalid one throws a CprError rather than being half-masked.
 */
export function maskCpr(cpr: Cpr | string): string {
  const { value } = typeof cpr === 'string' ? parseCpr(cpr) : cpr;
  return `${value.slice(0, 6)}-xxxx`;
}

/**
 * The century, from the 7th digit (the first of the serial number) and the two-digit year, per
 * the table published by the CPR office (CPR-kontoret).
 */
function centuryOf(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800; // 5–8
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC handles leap years.
  // Years below 100 never occur here (the earliest century is 1858), so Date.UTC's 1900 offset does not bite.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
