import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiSchema } from '@app/api-client';
import { I18nProvider } from '../i18n';
import { CaseConsents, consentsKey } from './case-consents';
import type { Consent } from './consent-rules';

const caseFile = {
  id: 'case-1',
  tenants: [{ id: 'p1', name: 'Karen Holm' }],
} as unknown as ApiSchema<'CaseResponse'>;

const consent = (over: Partial<Consent>): Consent => ({
  id: 'c1',
  personId: 'p1',
  purpose: 'debt-counselling',
  recipientType: 'counselling_provider',
  recipientId: 'prov-1',
  givenAt: '2026-11-30T23:00:00.000Z',
  expiresAt: null,
  withdrawnAt: null,
  ...over,
});

/** The page's queries answered from the cache: nothing is fetched. */
function renderConsents(consents: Consent[]) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(consentsKey('p1'), consents);
  client.setQueryData(['counselling-providers'], { items: [{ id: 'prov-1', name: 'Gældsrådgivningen Nord' }] });
  client.setQueryData(['municipalities'], { items: [{ id: 'mun-1', name: 'Egedal Kommune' }] });
  client.setQueryData(['probation-units'], { items: [{ id: 'unit-1', name: 'Kriminalforsorgen Køge' }] });
  client.setQueryData(['housing-organisations'], { items: [{ id: 'org-1', name: 'Boligforeningen Kastanjen' }] });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initial="en">
        <CaseConsents caseFile={caseFile} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('CaseConsents', () => {
  it('lists each consent with purpose and recipient in words, its days and state, in English', () => {
    renderConsents([
      consent({}),
      consent({
        id: 'c2',
        purpose: 'municipality-case-details',
        recipientType: 'municipality',
        recipientId: 'mun-1',
        givenAt: '2025-01-01T00:00:00.000Z',
        expiresAt: '2025-06-30T22:00:00.000Z',
      }),
      consent({
        id: 'c3',
        purpose: 'probation-cooperation',
        recipientType: 'probation_unit',
        recipientId: 'unit-x',
        withdrawnAt: '2026-12-01T10:00:00.000Z',
      }),
    ]);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Purpose', 'Recipient', 'Given', 'Valid through', 'Withdrawn', 'Status', 'Actions']);
    const [inForce, expired, withdrawn] = screen.getAllByTestId('consent');
    expect(inForce!.textContent).toContain('debt counselling');
    expect(inForce!.textContent).toContain('Gældsrådgivningen Nord');
    expect(inForce!.textContent).toContain('1 Dec 2026');
    expect(inForce!.textContent).toContain('no expiry date');
    expect(inForce!.textContent).toContain('in force');
    expect(expired!.textContent).toContain('case details to the municipality');
    expect(expired!.textContent).toContain('Egedal Kommune');
    expect(expired!.textContent).toContain('30 Jun 2025');
    expect(expired!.getAttribute('data-state')).toBe('expired');
    expect(within(expired!).queryByRole('button')).toBeNull();
    expect(withdrawn!.textContent).toContain('unknown recipient (not in the directory)');
    expect(withdrawn!.getAttribute('data-state')).toBe('withdrawn');
    expect(within(withdrawn!).queryByRole('button')).toBeNull();
  });

  it('asks before withdrawing, with the focus on the answer, and gives it back on cancel', async () => {
    renderConsents([consent({})]);
    const row = screen.getByTestId('consent');
    fireEvent.click(
      within(row).getByRole('button', { name: 'Withdraw the consent to debt counselling with Gældsrådgivningen Nord' }),
    );
    const confirm = within(row).getByRole('button', { name: 'Yes, withdraw' });
    expect(document.activeElement).toBe(confirm);
    expect(row.textContent).toContain('an open referral on it is closed');
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Withdraw'));
  });

  it('names the missing recipient before sending, and offers the recipients the purpose names', () => {
    renderConsents([]);
    expect(screen.getByText('No consents recorded.')).toBeTruthy();
    const form = screen.getByTestId('consent-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the consent' }));
    expect(within(form).getByText('Required.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Purpose'), { target: { value: 'municipality-case-details' } });
    const recipient = within(form).getByLabelText('Recipient (municipality)');
    expect(
      within(recipient)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a recipient', 'Egedal Kommune']);
  });

  it('offers the probation unit, the landlord and the municipality for probation cooperation, grouped by kind', () => {
    renderConsents([]);
    const form = screen.getByTestId('consent-form');
    fireEvent.change(within(form).getByLabelText('Purpose'), { target: { value: 'probation-cooperation' } });
    const recipient = within(form).getByLabelText('Recipient (probation unit, landlord or municipality)');
    const groups = recipient.querySelectorAll('optgroup');
    expect([...groups].map((g) => g.label)).toEqual([
      'Probation units',
      'Landlords (housing organisations)',
      'Municipalities',
    ]);
    expect([...groups].map((g) => g.textContent)).toEqual([
      'Kriminalforsorgen Køge',
      'Boligforeningen Kastanjen',
      'Egedal Kommune',
    ]);
  });
});
