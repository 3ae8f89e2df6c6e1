import { renderEmail, type WarningEmailData } from './index.js';
import { formatDate, formatKroner } from './warning-format.js';

const base: WarningEmailData = {
  kind: 'payment-demand-sent',
  urgent: false,
  recipientName: 'Aarhus Kommune',
  senderName: 'Boligforeningen Østjylland',
  tenantNames: ['Anna Jensen', 'Ole Jensen'],
  address: 'Søndergade 12, 2. th., 8000 Aarhus C',
  eventOn: '2026-03-05',
  acknowledgeBy: '2026-03-10',
  reference: 'SAG-1A2B3C4D',
};

const details = {
  balanceOre: 1234550,
  monthsInArrears: 3,
  paymentDeadline: '2026-03-19',
  terminatedOn: '2026-03-25',
  evictionDate: '2026-04-28',
  childrenUnder18: 2,
};

describe('warning formatting', () => {
  it('writes kroner the Danish and the English way', () => {
    expect(formatKroner(1234550, 'da')).toBe('12.345,50 kr.');
    expect(formatKroner(1234550, 'en')).toBe('DKK 12,345.50');
    expect(formatKroner(5, 'da')).toBe('0,05 kr.');
    expect(formatKroner(123456789, 'da')).toBe('1.234.567,89 kr.');
    expect(formatKroner(-10000, 'en')).toBe('-DKK 100.00');
  });

  it('writes dates as in letters, without a leading zero', () => {
    expect(formatDate('2026-03-05', 'da')).toBe('5. marts 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDate('2026-12-31', 'da')).toBe('31. december 2026');
  });

  it('refuses a date that does not exist rather than print it', () => {
    expect(() => formatDate('2026-02-30', 'da')).toThrow();
  });
});

describe('warning email', () => {
  const cases: Array<[WarningEmailData['kind'], string, string, string, string]> = [
    [
      'arrears-registered',
      'Varsel om risiko for udsættelse – huslejerestance registreret (SAG-1A2B3C4D)',
      'Boligforeningen Østjylland har d. 5. marts 2026 registreret en huslejerestance over den aftalte grænse for lejemålet nedenfor.',
      'Warning of eviction risk – rent arrears registered (SAG-1A2B3C4D)',
      'On 5 March 2026, Boligforeningen Østjylland registered rent arrears above the agreed threshold for the tenancy below.',
    ],
    [
      'payment-demand-sent',
      'Varsel om risiko for udsættelse – påkrav sendt (SAG-1A2B3C4D)',
      'Boligforeningen Østjylland har d. 5. marts 2026 sendt påkrav til lejeren om at betale restancen.',
      'Warning of eviction risk – payment demand (påkrav) sent (SAG-1A2B3C4D)',
      'On 5 March 2026, Boligforeningen Østjylland sent the tenant a payment demand (påkrav) for the arrears.',
    ],
    [
      'deadline-passed',
      'Varsel om risiko for udsættelse – betalingsfristen er overskredet (SAG-1A2B3C4D)',
      'Betalingsfristen på 14 dage i påkravet udløb d. 5. marts 2026, uden at restancen er blevet betalt.',
      'Warning of eviction risk – payment deadline passed (SAG-1A2B3C4D)',
      'The 14-day payment deadline in the payment demand (påkrav) passed on 5 March 2026 without the arrears being paid.',
    ],
    [
      'terminated',
      'Varsel om risiko for udsættelse – lejemålet er ophævet (SAG-1A2B3C4D)',
      'Boligforeningen Østjylland har d. 5. marts 2026 ophævet lejemålet.',
      'Warning of eviction risk – tenancy terminated (SAG-1A2B3C4D)',
      'On 5 March 2026, Boligforeningen Østjylland terminated the tenancy.',
    ],
    [
      'eviction-scheduled-reminder',
      'Varsel om risiko for udsættelse – udsættelsen nærmer sig (SAG-1A2B3C4D)',
      'Fogedretten har fastsat udsættelsen af lejeren til d. 5. marts 2026.',
      'Warning of eviction risk – eviction date approaching (SAG-1A2B3C4D)',
      "The bailiff's court (fogedretten) has set the eviction of the tenant for 5 March 2026.",
    ],
  ];

  it.each(cases)(
    '%s: says what happened and what to do, in Danish and English',
    (kind, daSubject, daSentence, enSubject, enSentence) => {
      const da = renderEmail('warning', { ...base, kind }, 'da');
      expect(da.subject).toBe(daSubject);
      expect(da.text).toContain(daSentence);
      expect(da.text).toContain('Vi beder jer');
      expect(da.text).toContain('Kvittér for varslet i systemet senest d. 10. marts 2026.');
      expect(da.html).toContain('<html lang="da">');

      const en = renderEmail('warning', { ...base, kind }, 'en');
      expect(en.subject).toBe(enSubject);
      expect(en.text).toContain(enSentence);
      expect(en.text).toContain('Please ');
      expect(en.text).toContain('Please acknowledge the warning in the system by 10 March 2026.');
      expect(en.html).toContain('<html lang="en">');
    },
  );

  it('always ends with the personal-data notice and that free advice is available', () => {
    const da = renderEmail('warning', base, 'da');
    expect(da.text.trimEnd()).toMatch(
      /Denne e-mail indeholder personoplysninger og må ikke videresendes\.\n\nI kan oplyse lejeren om, at der er gratis rådgivning at få\.$/,
    );
    const en = renderEmail('warning', base, 'en');
    expect(en.text.trimEnd()).toMatch(
      /This email contains personal data and must not be forwarded\.\n\nYou can tell the tenant that free advice is available\.$/,
    );
  });

  it('names tenants and address, and shows a dash when there are no names', () => {
    const email = renderEmail('warning', base, 'da');
    expect(email.text).toContain('Lejer(e): Anna Jensen, Ole Jensen\nAdresse: Søndergade 12, 2. th., 8000 Aarhus C');
    expect(renderEmail('warning', { ...base, tenantNames: [] }, 'en').text).toContain('Tenant(s): —');
  });

  it('puts the urgent prefix on the subject and the § 5 a duty first, in bold', () => {
    const da = renderEmail('warning', { ...base, urgent: true, householdWithChildren: true }, 'da');
    expect(da.subject).toBe('HASTER: Varsel om risiko for udsættelse – påkrav sendt (SAG-1A2B3C4D)');
    expect(da.text).toContain('retssikkerhedslovens § 5 a skal kommunen straks vurdere');
    expect(da.html).toContain('<p><strong>HASTER: Der bor børn under 18 år i husstanden.');
    expect(da.text.indexOf('HASTER')).toBeLessThan(da.text.indexOf('har d. 5. marts 2026 sendt påkrav'));

    const en = renderEmail('warning', { ...base, urgent: true, householdWithChildren: true }, 'en');
    expect(en.subject).toBe('URGENT: Warning of eviction risk – payment demand (påkrav) sent (SAG-1A2B3C4D)');
    expect(en.text).toContain('URGENT: There are children under 18 in the household.');
  });

  it('does not claim children when the warning is urgent by its rule only', () => {
    for (const locale of ['da', 'en'] as const) {
      const email = renderEmail('warning', { ...base, kind: 'terminated', urgent: true }, locale);
      expect(email.subject).toMatch(/^(HASTER|URGENT): /);
      expect(email.text).not.toMatch(/børn|children|5 a/i);
      expect(email.html).not.toMatch(/børn|children|5 a/i);
    }
  });

  it('has no urgent wording when not urgent', () => {
    const da = renderEmail('warning', base, 'da');
    expect(da.subject).not.toContain('HASTER');
    expect(da.text).not.toContain('HASTER');
    expect(da.text).not.toContain('børn');
  });

  it('shows the details the consent allows, with kroner and dates formatted', () => {
    const da = renderEmail('warning', { ...base, details }, 'da');
    expect(da.text).toContain('Restance: 12.345,50 kr.');
    expect(da.text).toContain('Antal måneder i restance: 3');
    expect(da.text).toContain('Betalingsfrist: 19. marts 2026');
    expect(da.text).toContain('Lejemålet ophævet: 25. marts 2026');
    expect(da.text).toContain('Udsættelsesdato: 28. april 2026');
    expect(da.text).toContain('Børn under 18 år i husstanden: 2');

    const en = renderEmail('warning', { ...base, details }, 'en');
    expect(en.text).toContain('Arrears: DKK 12,345.50');
    expect(en.text).toContain('Months in arrears: 3');
    expect(en.text).toContain('Eviction date: 28 April 2026');
    expect(en.text).toContain('Children under 18 in the household: 2');
  });

  it('shows only the details that are present', () => {
    const email = renderEmail('warning', { ...base, details: { balanceOre: 50000 } }, 'da');
    expect(email.text).toContain('Restance: 500,00 kr.');
    expect(email.text).not.toContain('Antal måneder');
    expect(email.text).not.toContain('Udsættelsesdato');
  });

  it.each(['da', 'en'] as const)('without details carries no personal data beyond name and address (%s)', (locale) => {
    for (const kind of cases.map(([k]) => k)) {
      const without = renderEmail('warning', { ...base, kind }, locale);
      // An empty details object is the same as none: nothing extra is shown.
      expect(renderEmail('warning', { ...base, kind, details: {} }, locale)).toEqual(without);
      const withDetails = renderEmail('warning', { ...base, kind, details }, locale);
      expect(withDetails.text).not.toEqual(without.text);

      for (const body of [without.text, without.html]) {
        expect(body).not.toMatch(/kr\.|DKK|\d+,\d\d|\d\.\d{3}/);
        expect(body).not.toMatch(/Restance:|Arrears:|måneder|months|Udsættelsesdato|Eviction date|Betalingsfrist:/);
        expect(body).not.toMatch(/Børn under|Children under|børn|children/i);
        // The only dates are the event and the acknowledgement deadline.
        expect(body).not.toMatch(/19\. marts|19 March|25\. marts|25 March|28\. april|28 April/);
      }
      // Every line with data from the case is one of: names, address, reference.
      const dataLines = without.text
        .split('\n')
        .filter((line) => /^(Lejer\(e\)|Adresse|Sagsnummer|Tenant\(s\)|Address|Case reference):/.test(line));
      expect(dataLines).toHaveLength(3);
    }
  });

  it('omits the acknowledgement request when there is no deadline', () => {
    const email = renderEmail('warning', { ...base, acknowledgeBy: null }, 'da');
    expect(email.text).not.toContain('Kvittér');
  });

  it('escapes every value from the data in HTML, but not in plain text', () => {
    const hostile = '<script>alert("x")</script> & Co';
    const email = renderEmail(
      'warning',
      {
        ...base,
        recipientName: hostile,
        senderName: hostile,
        tenantNames: [hostile],
        address: hostile,
        reference: hostile,
      },
      'da',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.text).toContain(`Til ${hostile}`);
    expect(email.text).toContain(`Adresse: ${hostile}`);
  });
});
