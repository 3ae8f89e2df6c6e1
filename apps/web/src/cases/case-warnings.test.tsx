import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import type { CaseWarning } from '../inbox/inbox-logic';
import { CaseWarningsTable } from './case-warnings';

const acknowledged: CaseWarning = {
  id: 'w1',
  rule: 'arrears-registered',
  ruleVersion: 1,
  title: { da: 'Restance registreret', en: 'Arrears registered' },
  recipientType: 'municipality',
  recipientId: 'm1',
  recipientName: 'Hvidovre Kommune',
  urgency: 'urgent',
  state: 'acknowledged',
  createdAt: '2026-12-01T09:00:00Z',
  firstReadAt: '2026-12-01T10:00:00Z',
  acknowledgeBy: '2026-12-03',
  acknowledgedAt: '2026-12-01T11:00:00Z',
  acknowledgementComment: 'Lejeren er kontaktet',
  escalationLevel: 0,
  escalatedAt: null,
  escalatedToManagersAt: null,
  undeliveredAt: null,
  deliveries: [
    {
      id: 'd1',
      recipient: 'varsler@hvidovre.dk',
      template: 'warning',
      status: 'sent',
      digestId: null,
      digestStatus: null,
      attempts: 1,
      createdAt: '2026-12-01T09:00:00Z',
      queuedAt: '2026-12-01T09:00:01Z',
      sentAt: '2026-12-01T09:00:02Z',
      failedAt: null,
      undeliveredAt: null,
      lastError: null,
    },
  ],
};

const undelivered: CaseWarning = {
  ...acknowledged,
  id: 'w2',
  urgency: 'normal',
  state: 'undelivered',
  firstReadAt: null,
  acknowledgedAt: null,
  acknowledgementComment: null,
  deliveries: [{ ...acknowledged.deliveries[0]!, id: 'd2', status: 'undelivered', sentAt: null }],
};

afterEach(cleanup);

describe('CaseWarningsTable', () => {
  it('shows each warning with its delivery, inbox and acknowledgement states, in Danish', () => {
    render(
      <I18nProvider initial="da">
        <CaseWarningsTable warnings={[acknowledged, undelivered]} />
      </I18nProvider>,
    );
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Varsel', 'Modtager', 'Tilstand', 'Levering', 'Indbakke', 'Kvittering']);
    const [first, second] = screen.getAllByTestId('case-warning');
    expect(within(first!).getByRole('rowheader').textContent).toContain('Restance registreret');
    // Urgent in words, not by colour alone.
    expect(within(first!).getByText('Haster')).toBeTruthy();
    expect(first!.textContent).toContain('varsler@hvidovre.dk: e-mail sendt');
    expect(within(first!).getByTestId('case-warning-acknowledgement').textContent).toMatch(
      /^Kvitteret af Hvidovre Kommune .*Lejeren er kontaktet/,
    );
    expect(second!.textContent).toContain('e-mail ikke leveret');
    expect(second!.textContent).toContain('Ikke læst endnu');
    expect(within(second!).getByTestId('case-warning-acknowledgement').textContent).toContain('Ikke kvitteret');
    expect(within(second!).queryByText('Haster')).toBeNull();
  });

  it('says so when there are none, in English', () => {
    render(
      <I18nProvider initial="en">
        <CaseWarningsTable warnings={[]} />
      </I18nProvider>,
    );
    expect(screen.getByText('No warnings have been sent on this case.')).toBeTruthy();
  });
});
