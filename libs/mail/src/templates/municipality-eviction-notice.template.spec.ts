import { renderEmail, type MunicipalityEvictionNoticeData } from './index.js';

const data: MunicipalityEvictionNoticeData = {
  municipalityName: 'Hvidovre',
  landlordName: 'Hvidovre Bolig',
  departmentName: '12 Strandparken',
  reference: 'SAG-1A2B3C4D',
  landlordContact: 'udlejning@hvidovrebolig.dk',
  tenantNames: ['Mette Lejer'],
  address: 'Strandvej 17, 1. th., 2650 Hvidovre',
  noticeOn: '2026-10-23',
};

describe('municipality-eviction-notice email (almenlejeloven § 92, stk. 2)', () => {
  it('lets the municipality act: landlord, department, case reference, the date in Danish and a contact', () => {
    const email = renderEmail('municipality-eviction-notice', data, 'da');
    expect(email.subject).toBe(
      'Underretning om udsættelsessag (§ 92, stk. 2): Strandvej 17, 1. th., 2650 Hvidovre (SAG-1A2B3C4D)',
    );
    expect(email.text).toContain('Til Hvidovre Kommune');
    expect(email.text).toContain('Hvidovre Bolig, afdeling 12 Strandparken, underretter hermed kommunen');
    expect(email.text).toContain(
      [
        'Lejer(e): Mette Lejer',
        'Adresse: Strandvej 17, 1. th., 2650 Hvidovre',
        'Underretningsdato: 23. oktober 2026',
        'Udlejer: Hvidovre Bolig',
        'Afdeling: 12 Strandparken',
        'Sagsnummer: SAG-1A2B3C4D',
        'Kontakt hos udlejer: udlejning@hvidovrebolig.dk',
      ].join('\n'),
    );
    expect(email.text).not.toContain('2026-10-23');
    expect(email.html).toContain('<html lang="da">');
  });

  it('is English by locale en, with the date in English form', () => {
    const email = renderEmail('municipality-eviction-notice', data, 'en');
    expect(email.text).toContain('To Hvidovre Municipality');
    expect(email.text).toContain('Date of notice: 23 October 2026');
    expect(email.text).toContain('Contact at the landlord: udlejning@hvidovrebolig.dk');
    expect(email.text).toContain('Case reference: SAG-1A2B3C4D');
  });

  it.each(['da', 'en'] as const)('carries no arrears amount or other detail about the tenant (%s)', (locale) => {
    // Whatever a caller passes along, the template has no place for it.
    const withExtras = { ...data, details: { balanceOre: 703_000, childrenUnder18: 2, monthsInArrears: 3 } };
    const email = renderEmail('municipality-eviction-notice', withExtras as MunicipalityEvictionNoticeData, locale);
    for (const body of [email.subject, email.text, email.html]) {
      expect(body).not.toMatch(/kr\.|DKK|7\.030|7,030|restance:|arrears:|måneder|months|børn under|children under/i);
      expect(body).not.toMatch(/https?:/);
    }
    // The tenant is named by name and address only: every data line about them is one of those two.
    const tenantLines = email.text.split('\n').filter((line) => /Mette Lejer|Strandvej 17/.test(line));
    expect(
      tenantLines.every((line) => /^(Lejer\(e\)|Adresse|Tenant\(s\)|Address): |Strandvej 17.*SAG-/.test(line)),
    ).toBe(true);
  });

  it('sends a notice queued before it named the landlord with what it has, never "undefined"', () => {
    const { landlordName: _l, departmentName: _d, reference: _r, landlordContact: _c, ...old } = data;
    const email = renderEmail('municipality-eviction-notice', old as MunicipalityEvictionNoticeData, 'da');
    expect(`${email.subject}\n${email.text}\n${email.html}`).not.toMatch(/undefined/);
    expect(email.text).toContain('Efter almenlejelovens § 92, stk. 2 underretter udlejer hermed kommunen');
    expect(email.text).toContain('Underretningsdato: 23. oktober 2026');
  });

  it('escapes values in HTML', () => {
    const email = renderEmail('municipality-eviction-notice', { ...data, landlordName: 'A<b>&B' }, 'da');
    expect(email.html).toContain('A&lt;b&gt;&amp;B');
    expect(email.html).not.toContain('A<b>');
  });
});
