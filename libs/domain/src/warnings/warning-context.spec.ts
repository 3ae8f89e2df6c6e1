import { landlordContact } from './warning-context.js';

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
