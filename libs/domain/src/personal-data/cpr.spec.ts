import { CprError, isValidCpr, maskCpr, parseCpr } from './cpr.js';

// Fixed, so the "future birth date" rule does not make these tests age.
const today = new Date('2025-06-15T12:00:00Z');

function cprErrorOf(action: () => unknown): CprError {
  try {
    action();
  } catch (error) {
    if (error instanceof CprError) return error;
    throw error;
  }
  throw new Error('expected a CprError');
}

describe('parseCpr', () => {
  it.each([
    // input, birth date, sex, the century rule it exercises
    ['010170-1234', '1970-01-01', 'female', '7th digit 0-3: 1900s'],
    ['0101700001', '1970-01-01', 'male', 'no dash'],
    ['010100-3000', '1900-01-01', 'female', '7th digit 3, year 00: 1900'],
    ['010110-4321', '2010-01-01', 'male', '7th digit 4, YY <= 36: 2000s'],
    ['010137-4321', '1937-01-01', 'male', '7th digit 4, YY > 36: 1900s'],
    ['311299-9999', '1999-12-31', 'male', '7th digit 9, YY > 36: 1900s'],
    ['010120-9002', '2020-01-01', 'female', '7th digit 9, YY <= 36: 2000s'],
    ['010158-5678', '1858-01-01', 'female', '7th digit 5, YY > 57: 1800s'],
    ['311299-8001', '1899-12-31', 'male', '7th digit 8, YY > 57: 1800s'],
    ['150524-6002', '2024-05-15', 'female', '7th digit 6, YY <= 57: 2000s'],
    ['290200-4000', '2000-02-29', 'female', '2000 is a leap year'],
    ['290296-1001', '1996-02-29', 'male', '1996 is a leap year'],
  ])('reads %s as born %s, %s (%s)', (input, birthDate, sex) => {
    expect(parseCpr(input, today)).toEqual({ value: input.replace('-', ''), birthDate, sex });
  });

  it('uses the boundary years of each rule', () => {
    const later = new Date('2060-01-01T00:00:00Z');
    expect(parseCpr('010136-4000', later).birthDate).toBe('2036-01-01');
    expect(parseCpr('010136-9000', later).birthDate).toBe('2036-01-01');
    expect(parseCpr('010157-5000', later).birthDate).toBe('2057-01-01');
    expect(parseCpr('010157-8000', later).birthDate).toBe('2057-01-01');
  });

  it('trims surrounding whitespace and normalizes to 10 digits', () => {
    expect(parseCpr('  010170-1234\n', today).value).toBe('0101701234');
  });

  it('does not apply the modulus-11 check', () => {
    // Numbers failing modulus 11 have been issued since 2007, so 010170-1234 (which fails it) is accepted.
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    const sum = [...'0101701234'].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
    expect(sum % 11).not.toBe(0);
    expect(isValidCpr('010170-1234', today)).toBe(true);
  });

  it.each([
    ['9 digits', '010170123'],
    ['9 digits with a dash', '010170-123'],
    ['11 digits', '01017012345'],
    ['letters', '01O170-1234'],
    ['a trailing letter', '0101701234x'],
    ['the dash after the 4th digit', '0101-701234'],
    ['the dash after the 7th digit', '0101701-234'],
    ['two dashes', '010170--1234'],
    ['a space instead of the dash', '010170 1234'],
    ['an empty string', ''],
  ])('rejects %s with CPR_FORMAT', (_label, input) => {
    expect(cprErrorOf(() => parseCpr(input, today)).code).toBe('CPR_FORMAT');
  });

  it.each([
    ['day 32', '320170-1234'],
    ['day 00', '000170-1234'],
    ['month 13', '001370-1234'],
    ['month 00', '010070-1234'],
    ['30 February', '300270-1234'],
    ['31 April', '310470-1234'],
    ['29 February 2001', '290201-4000'],
    ['29 February 1900 (not a leap year)', '290200-1000'],
  ])('rejects %s with CPR_DATE', (_label, input) => {
    expect(cprErrorOf(() => parseCpr(input, today)).code).toBe('CPR_DATE');
  });

  it('rejects a birth date after today, and accepts today itself', () => {
    expect(cprErrorOf(() => parseCpr('010130-4000', today)).code).toBe('CPR_DATE'); // 2030
    expect(cprErrorOf(() => parseCpr('160625-4000', today)).code).toBe('CPR_DATE'); // tomorrow
    expect(parseCpr('150625-4000', today).birthDate).toBe('2025-06-15');
  });

  it('takes "today" as the date in Copenhagen', () => {
    // 22:30 UTC on 14 June is already 15 June in Danish summer time.
    expect(isValidCpr('150625-4000', new Date('2025-06-14T22:30:00Z'))).toBe(true);
    expect(isValidCpr('150625-4000', new Date('2025-06-14T21:30:00Z'))).toBe(false);
  });

  it('is a CprError extending Error, named for logs', () => {
    const error = cprErrorOf(() => parseCpr('x', today));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CprError');
  });

  it('never puts the number or its birth date in an error message', () => {
    const inputs = ['320170-1234', '001370-1234', '290201-4000', '010130-4000', '0101701234x', '010170-123'];
    for (const input of inputs) {
      const error = cprErrorOf(() => parseCpr(input, today));
      const shown = `${String(error)} ${error.stack ?? ''} ${JSON.stringify(error)}`;
      const digits = input.replace(/\D/g, '');
      expect(shown).not.toContain(input);
      expect(shown).not.toContain(digits);
      expect(shown).not.toContain(digits.slice(0, 6));
      expect(shown).not.toContain(digits.slice(6));
    }
  });
});

describe('isValidCpr', () => {
  it('answers without throwing', () => {
    expect(isValidCpr('010170-1234', today)).toBe(true);
    expect(isValidCpr('320170-1234', today)).toBe(false);
    expect(isValidCpr('abc', today)).toBe(false);
  });
});

describe('maskCpr', () => {
  it('keeps the birth date and hides the serial number', () => {
    expect(maskCpr(parseCpr('0101701234', today))).toBe('010170-xxxx');
    expect(maskCpr('010170-1234')).toBe('010170-xxxx');
  });

  it('refuses to mask something that is not a CPR number', () => {
    expect(() => maskCpr('01017012')).toThrow(CprError);
  });
});
