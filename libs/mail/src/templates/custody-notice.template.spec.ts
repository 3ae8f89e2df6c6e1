import { renderEmail, type EmailTemplateData } from './index.js';

const notice: EmailTemplateData['custody-notice'] = {
  kind: 'custody-notice',
  recipientType: 'municipality',
  recipientName: 'Køge Kommune',
  senderName: 'Kriminalforsorgen Køge',
  reference: 'KF-1A2B3C4D',
  tenantName: 'Jens Indsat',
  address: 'Handskevej 7, 4600 Køge',
  awaySince: '2026-11-02',
  expectedReturnOn: '2027-05-20',
  releasedOn: null,
  contact: { kind: 'probation_officer', name: 'Karin Officer', phone: null, email: 'karin@kriminalforsorgen.test' },
  acknowledgeBy: '2026-11-24',
  warningId: '0b5e3c1e-9a55-4d3f-8a2e-2f1d6c1e7a01',
};

describe('custody-notice email', () => {
  it('says, in Danish, that the tenant is away, since when, until when and whom to contact', () => {
    const email = renderEmail('custody-notice', notice, 'da', { publicUrl: 'https://varsler.example.dk' });
    expect(email.subject).toBe(
      'Orientering fra Kriminalforsorgen – lejeren er frihedsberøvet – kontakt under fraværet (KF-1A2B3C4D)',
    );
    for (const fact of [
      'Til Køge Kommune',
      'Jens Indsat',
      'Handskevej 7, 4600 Køge',
      'Væk fra: 2. november 2026',
      'Forventet hjemkomst: 20. maj 2027',
      'Kontakt: Karin Officer (Kriminalforsorgen), karin@kriminalforsorgen.test',
      'senest d. 24. november 2026',
      'https://varsler.example.dk/inbox/warnings/0b5e3c1e-9a55-4d3f-8a2e-2f1d6c1e7a01',
    ]) {
      expect([fact, email.text.includes(fact)]).toEqual([fact, true]);
    }
  });

  it('in English, the release: the release date, no contact and no expected return', () => {
    const email = renderEmail(
      'custody-notice',
      { ...notice, kind: 'custody-released', releasedOn: '2027-05-20', contact: null, expectedReturnOn: null },
      'en',
    );
    expect(email.subject).toContain('the tenant has been released');
    expect(email.text).toContain('was released on 20 May 2027');
    expect(email.text).toContain('Released on: 20 May 2027');
    expect(email.text).not.toContain('Contact:');
    expect(email.text).not.toContain('Expected return');
  });
});
