import { renderEmail, type WarningDigestEmailData, type WarningDigestItem } from './index.js';

const item: WarningDigestItem = {
  kind: 'arrears-registered',
  senderName: 'Boligforeningen Østjylland',
  tenantNames: ['Anna Jensen'],
  address: 'Søndergade 12, 2. th., 8000 Aarhus C',
  eventOn: '2026-03-04',
  acknowledgeBy: '2026-03-11',
  reference: 'SAG-1A2B3C4D',
};

const second: WarningDigestItem = {
  kind: 'eviction-scheduled-reminder',
  senderName: 'AAB',
  tenantNames: [],
  address: 'Vestergade 3, st., 8000 Aarhus C',
  eventOn: '2026-03-20',
  acknowledgeBy: null,
  reference: 'SAG-99887766',
  details: { balanceOre: 1234550, evictionDate: '2026-03-20' },
};

const data: WarningDigestEmailData = {
  recipientName: 'Aarhus Kommune',
  date: '2026-03-05',
  items: [item, second, { ...item, kind: 'terminated', reference: 'SAG-00000003' }],
};

describe('warning-digest email', () => {
  it('counts in the subject, plural and singular, in Danish', () => {
    expect(renderEmail('warning-digest', data, 'da').subject).toBe(
      '3 nye varsler om risiko for udsættelse – 5. marts 2026',
    );
    expect(renderEmail('warning-digest', { ...data, items: [item] }, 'da').subject).toBe(
      '1 nyt varsel om risiko for udsættelse – 5. marts 2026',
    );
  });

  it('counts in the subject, plural and singular, in English', () => {
    expect(renderEmail('warning-digest', data, 'en').subject).toBe('3 new warnings of eviction risk – 5 March 2026');
    expect(renderEmail('warning-digest', { ...data, items: [item] }, 'en').subject).toBe(
      '1 new warning of eviction risk – 5 March 2026',
    );
  });

  it('lists each warning with kind, address, tenants, date and reference', () => {
    const email = renderEmail('warning-digest', data, 'da');
    expect(email.text).toContain(
      [
        '1. Søndergade 12, 2. th., 8000 Aarhus C',
        'Huslejerestance registreret d. 4. marts 2026',
        'Lejer(e): Anna Jensen',
        'Boligorganisation: Boligforeningen Østjylland',
        'Sagsnummer: SAG-1A2B3C4D',
        'Grundlag: Samarbejdsaftale om tidlig varsling mellem Boligforeningen Østjylland og kommunen (frivillig varsling).',
        'Kvittér senest: 11. marts 2026',
      ].join('\n'),
    );
    expect(email.text).toContain(
      '2. Vestergade 3, st., 8000 Aarhus C\nUdsættelse fastsat til d. 20. marts 2026\nLejer(e): —',
    );
    expect(email.text).toContain('3. Søndergade 12, 2. th., 8000 Aarhus C\nLejemålet ophævet d. 4. marts 2026');
    expect(email.text).not.toMatch(/https?:|Se varslet|indbakken/);
    expect(email.text).toContain('Her er de 3 varsler fra d. 5. marts 2026');
  });

  it('shows details only for the items that have them', () => {
    const email = renderEmail('warning-digest', data, 'en');
    expect(email.text).toContain('Arrears: DKK 12,345.50\nEviction date: 20 March 2026');
    expect(email.text.match(/Arrears:/g)).toHaveLength(1);
    const [first] = email.text.split('\n\n2. ');
    expect(first).not.toMatch(/Arrears|DKK|Eviction date/);
    expect(email.text).toContain('Eviction scheduled for 20 March 2026');
    expect(email.text).toContain('Rent arrears registered on 4 March 2026');
  });

  it('ends with the personal-data notice and that free advice is available', () => {
    expect(renderEmail('warning-digest', data, 'da').text.trimEnd()).toMatch(
      /må ikke videresendes\.\n\nI kan oplyse lejerne om, at der er gratis rådgivning at få\.$/,
    );
    expect(renderEmail('warning-digest', data, 'en').text.trimEnd()).toMatch(
      /must not be forwarded\.\n\nYou can tell the tenants that free advice is available\.$/,
    );
  });

  it('asks for acknowledgement only when an item has a deadline', () => {
    expect(renderEmail('warning-digest', data, 'da').text).toContain('Kvittér for hvert varsel i systemet');
    const noDeadline = renderEmail('warning-digest', { ...data, items: [second] }, 'da');
    expect(noDeadline.text).not.toContain('Kvittér');
    expect(noDeadline.text).toContain('Her er varslet fra d. 5. marts 2026 om en lejer');
  });

  it('escapes every value in HTML', () => {
    const hostile = '<img src=x onerror="y">&';
    const email = renderEmail(
      'warning-digest',
      {
        ...data,
        recipientName: hostile,
        items: [{ ...item, senderName: hostile, tenantNames: [hostile], address: hostile, reference: hostile }],
      },
      'en',
    );
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=&quot;y&quot;&gt;&amp;');
    expect(email.html).toContain('<strong>1. &lt;img');
    expect(email.text).toContain(`Tenant(s): ${hostile}`);
  });
});
