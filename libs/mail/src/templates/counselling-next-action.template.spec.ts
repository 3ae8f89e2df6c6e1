import { renderEmail, type WarningEmailData } from './index.js';

// Issue 14, item 2: the reminder of a debt-counselling session's next action past its due date goes
// to the provider on the tenant's consent with name and address only — the note and the next
// action's text are never passed to the template, and no detail fields go with it.

const reminder: WarningEmailData = {
  kind: 'counselling-next-action-due',
  recipientType: 'counselling_provider',
  basis: 'consent',
  urgent: false,
  recipientName: 'Gældsrådgivningen',
  senderName: 'Boligforeningen Østjylland',
  tenantNames: ['Anna Jensen'],
  address: 'Søndergade 12, 2. th., 8000 Aarhus C',
  eventOn: '2026-11-30',
  acknowledgeBy: '2026-12-03',
  reference: 'SAG-1A2B3C4D',
};

describe('the next-action reminder email', () => {
  it('names the due date, the tenant and the address, in Danish and English', () => {
    const da = renderEmail('warning', reminder, 'da');
    expect(da.subject).toBe(
      'Varsel om risiko for udsættelse – næste handling i gældsrådgivningen er ikke udført (SAG-1A2B3C4D)',
    );
    expect(da.text).toContain(
      'En næste handling i gældsrådgivningen af lejeren nedenfor skulle være udført d. 30. november 2026, men er ikke markeret som udført.',
    );
    expect(da.text).toContain('Anna Jensen');
    expect(da.text).toContain('Søndergade 12, 2. th., 8000 Aarhus C');
    expect(da.text).toContain('Lejerens samtykke');

    const en = renderEmail('warning', reminder, 'en');
    expect(en.text).toContain(
      'A next action in the debt counselling of the tenant below was due on 30 November 2026 and is not marked as done.',
    );
  });

  it('carries no amounts or other details', () => {
    for (const locale of ['da', 'en'] as const) {
      const email = renderEmail('warning', reminder, locale);
      expect(email.text).not.toMatch(/kr\.|DKK|Restance|Arrears/);
    }
  });
});
