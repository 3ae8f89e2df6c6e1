import { renderEmail, type WarningEscalationEmailData } from './index.js';

const data: WarningEscalationEmailData = {
  level: 1,
  recipientName: 'Aarhus Kommune',
  kind: 'terminated',
  reference: 'SAG-1A2B3C4D',
  sentOn: '2026-03-05',
  acknowledgeBy: '2026-03-10',
};

describe('warning-escalation email', () => {
  it('level 1 (team lead) in Danish: reference, kind and both dates, and no link', () => {
    const email = renderEmail('warning-escalation', data, 'da');
    expect(email.subject).toBe('Ingen kvittering for varsel SAG-1A2B3C4D inden fristen');
    expect(email.text).toContain(
      'Aarhus Kommune modtog d. 5. marts 2026 et varsel om risiko for udsættelse (lejemålet er ophævet). Fristen for at kvittere for varslet i systemet var d. 10. marts 2026, men der er endnu ikke kvitteret.',
    );
    expect(email.text).toContain('som teamleder');
    expect(email.text).toContain('finder varslet i systemet under sagsnummeret');
    expect(email.text).not.toMatch(/https?:/);
  });

  it('level 2 (managers) in English', () => {
    const email = renderEmail('warning-escalation', { ...data, level: 2 }, 'en');
    expect(email.subject).toBe('Second reminder: warning SAG-1A2B3C4D has still not been acknowledged');
    expect(email.text).toContain(
      'On 5 March 2026, Aarhus Kommune received a warning of eviction risk (tenancy terminated). It should have been acknowledged in the system by 10 March 2026, but it has not been.',
    );
    expect(email.text).toContain('as a manager, because the team lead has already been reminded');
  });

  it('level 2 in Danish and level 1 in English', () => {
    expect(renderEmail('warning-escalation', { ...data, level: 2 }, 'da').subject).toBe(
      '2. rykker: Stadig ingen kvittering for varsel SAG-1A2B3C4D',
    );
    expect(renderEmail('warning-escalation', data, 'en').subject).toBe(
      'Warning SAG-1A2B3C4D was not acknowledged in time',
    );
  });

  it.each(['da', 'en'] as const)('carries no personal data: no name, no address, no amount (%s)', (locale) => {
    for (const level of [1, 2] as const) {
      const email = renderEmail('warning-escalation', { ...data, level }, locale);
      // The data type has no field for them; check the wording does not invite them either.
      for (const body of [email.subject, email.text, email.html]) {
        expect(body).not.toMatch(/Lejer\(e\)|Tenant\(s\)|Adresse|Address|kr\.|DKK|børn under|children under/i);
        expect(body).not.toContain('Denne e-mail indeholder personoplysninger');
      }
      expect(email.text).toMatch(/ingen personoplysninger|no personal data/);
    }
  });

  it('escapes the organisation in HTML', () => {
    const email = renderEmail('warning-escalation', { ...data, recipientName: 'A<b>&B' }, 'da');
    expect(email.html).toContain('A&lt;b&gt;&amp;B');
    expect(email.html).not.toContain('A<b>');
    expect(email.text).toContain('Til A<b>&B');
  });

  it.each([
    ['da', 'en orientering fra Kriminalforsorgen', 'Referencenummer: KF-1A2B3C4D', 'under referencenummeret'],
    ['en', 'a notice from the Prison and Probation Service', 'Reference: KF-1A2B3C4D', 'under the reference'],
  ] as const)(
    'a custody notice is named as one, with its KF- reference, not as a case (%s)',
    (locale, what, field, find) => {
      const email = renderEmail(
        'warning-escalation',
        { ...data, kind: 'custody-notice', reference: 'KF-1A2B3C4D' },
        locale,
      );
      expect(email.text).toContain(what);
      expect(email.text).toContain(field);
      expect(email.text).toContain(find);
      expect(email.text).not.toMatch(/sagsnummer|case reference|risiko for udsættelse|eviction risk/i);
    },
  );
});
