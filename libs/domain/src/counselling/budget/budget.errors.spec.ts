import { parseIsoDate } from '@app/calendar';
import { errorDetails } from '@app/common';
import { CounsellingInputInvalidError, issueText, StandardLivingAmountNotInForceError } from './budget.errors.js';
import { validateSession } from './session-rules.js';

describe('counselling errors', () => {
  it('answer a rule’s issues as one 400 with every field in the details', () => {
    const issues = validateSession(
      { date: '2026-12-02', channel: 'fax', minutes: 30, topics: ['budget'] },
      parseIsoDate('2026-12-01'),
    );
    const [first, ...rest] = issues;
    const error = new CounsellingInputInvalidError([first!, ...rest]);
    expect(error).toMatchObject({ code: 'SESSION_DATE_IN_FUTURE', statusCode: 400 });
    expect(error.text.da).toBe('Samtalens dato kan ikke ligge efter i dag.');
    expect(errorDetails(error, 'en')).toEqual([
      { field: 'date', rule: 'SESSION_DATE_IN_FUTURE', message: 'The date of the session cannot be after today.' },
      { field: 'channel', rule: 'SESSION_CHANNEL_UNKNOWN', message: 'Choose how the session took place.' },
    ]);
  });

  it('word the rent-arrears refusal in both languages', () => {
    expect(issueText('DEBT_RENT_ARREARS_FROM_LEDGER').en).toMatch(/ledger/);
    expect(issueText('DEBT_RENT_ARREARS_FROM_LEDGER').da).toMatch(/kontoudtog/);
  });

  it('answer 404 when no standard amounts are in force', () => {
    const error = new StandardLivingAmountNotInForceError(parseIsoDate('2023-12-31'));
    expect(error).toMatchObject({ code: 'STANDARD_LIVING_AMOUNT_NOT_IN_FORCE', statusCode: 404 });
    expect(error.text.en).toContain('2023-12-31');
  });
});
