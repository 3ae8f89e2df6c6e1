import { landlordContact, notYetRaised, type RaisedWarning } from './warning-context.js';
import { type PlannedWarning } from './warning-planner.js';
import { ruleByCode } from './warning-rules.js';

describe('the contact at the landlord a § 92, stk. 2 email names', () => {
  const row = {
    sender_name: 'Hvidovre Bolig',
    sender_contact_email: null,
    notice_recorded_by_name: null,
    notice_recorded_by_email: null,
  };

  it('is the housing organisation’s contact email when it has one', () => {
    expect(
      landlordContact({
        ...row,
        sender_contact_email: 'udlejning@hvidovrebolig.dk',
        notice_recorded_by_name: 'Karin Sagsbehandler',
        notice_recorded_by_email: 'karin@hvidovrebolig.dk',
      }),
    ).toBe('udlejning@hvidovrebolig.dk');
  });

  it('is the caseworker who recorded the notice without one', () => {
    expect(
      landlordContact({
        ...row,
        notice_recorded_by_name: 'Karin Sagsbehandler',
        notice_recorded_by_email: 'karin@hvidovrebolig.dk',
      }),
    ).toBe('Karin Sagsbehandler (karin@hvidovrebolig.dk)');
    expect(landlordContact({ ...row, notice_recorded_by_email: 'karin@hvidovrebolig.dk' })).toBe(
      'karin@hvidovrebolig.dk',
    );
  });

  it('is the organisation’s name when nobody else is known', () => {
    expect(landlordContact(row)).toBe('Hvidovre Bolig');
  });
});

describe('the planned warnings not yet raised on their case', () => {
  const rule = ruleByCode('arrears-registered');
  const planned = (caseId: string, recipientId: string, occurrence = 'case') => ({
    plan: {
      rule,
      occurrence,
      recipientType: 'municipality',
      recipientId,
      basis: 'agreement',
      urgency: 'normal',
      data: {},
      acknowledgeBy: '2026-12-10',
    } as unknown as PlannedWarning,
    context: { caseId },
  });
  const raised = (caseId: string, recipientId: string | null, occurrence = 'case'): RaisedWarning => ({
    caseId,
    ruleCode: 'arrears-registered',
    recipientType: 'municipality',
    recipientId,
    occurrence,
  });

  it('leaves out a warning raised before to the same recipient for the same occurrence', () => {
    const plans = [planned('c-1', 'm-1'), planned('c-2', 'm-1')];
    expect(notYetRaised(plans, [raised('c-1', 'm-1')])).toEqual([plans[1]]);
  });

  it('keeps one for another case, recipient, occurrence or rule', () => {
    const plans = [planned('c-1', 'm-2'), planned('c-1', 'm-1', 'again'), planned('c-2', 'm-1')];
    const otherRule = { ...raised('c-1', 'm-1'), ruleCode: 'termination-notice' };
    expect(notYetRaised(plans, [raised('c-1', 'm-1'), otherRule])).toEqual(plans);
  });

  it('keeps everything when nothing was raised, and matches no warning without a recipient id', () => {
    const plans = [planned('c-1', 'm-1')];
    expect(notYetRaised(plans, [])).toEqual(plans);
    expect(notYetRaised(plans, [raised('c-1', null)])).toEqual(plans);
  });
});
