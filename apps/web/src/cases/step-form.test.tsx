import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ApiSchema } from '@app/api-client';
import { I18nProvider } from '../i18n';

const post = vi.fn();
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api: { POST: (...args: unknown[]) => post(...args), GET: vi.fn() },
}));

const { StepForm } = await import('./step-form');

type CaseFile = ApiSchema<'CaseResponse'>;

const registered: CaseFile = {
  id: '7b0e6b8e-0000-4000-8000-000000000001',
  stage: 'registered',
  outcome: null,
  outcomeKind: null,
  outcomeReason: null,
  version: 4,
  openedAt: '2026-09-05T08:00:00Z',
  closedAt: null,
  tenancyId: '7b0e6b8e-0000-4000-8000-000000000002',
  departmentId: '7b0e6b8e-0000-4000-8000-000000000003',
  municipalityId: '7b0e6b8e-0000-4000-8000-000000000004',
  balanceOre: 650_000,
  balanceDkk: '6500.00',
  monthsInArrears: 1,
  oldestUnpaidDueDate: '2026-09-01',
  paymentDemand: null,
  terminatedOn: null,
  municipalityNoticeOn: null,
  evictionRequestedOn: null,
  evictionScheduledFor: null,
  upcomingDeadlines: [
    {
      key: 'earliest_payment_demand',
      date: '2026-09-08',
      label: { da: 'Påkrav kan tidligst sendes', en: 'Earliest payment demand' },
      overdue: true,
    },
  ],
  overdue: true,
  tenancy: {
    id: '7b0e6b8e-0000-4000-8000-000000000002',
    departmentId: '7b0e6b8e-0000-4000-8000-000000000003',
    unit: '12-0304',
    address: 'Solvej 12',
    postcode: null,
    city: null,
    monthlyRentOre: 650_000,
  },
  tenants: [],
  custody: null,
};

function renderForm(caseFile: CaseFile) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initial="da">
        <StepForm caseFile={caseFile} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  post.mockReset();
});

describe('StepForm', () => {
  it("offers only the stage's steps, with the calendar's earliest date", () => {
    renderForm(registered);
    const options = within(screen.getByLabelText('Skridt')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Send påkrav', 'Luk sagen']);
    expect(screen.getByTestId('step-earliest').textContent).toContain(
      'Kalenderen: Påkrav kan tidligst sendes 08-09-2026',
    );
    expect(screen.getByText('overskredet')).toBeTruthy();
  });

  it('offers nothing once the case is finished', () => {
    renderForm({ ...registered, stage: 'closed', upcomingDeadlines: [] });
    expect(screen.queryByLabelText('Skridt')).toBeNull();
    expect(screen.getByText(/der kan ikke registreres flere skridt/)).toBeTruthy();
  });

  it('flags missing dates without calling the API', () => {
    renderForm(registered);
    fireEvent.click(screen.getByRole('button', { name: 'Registrér skridtet' }));
    expect(screen.getAllByText('Skal udfyldes.')).toHaveLength(2);
    expect(post).not.toHaveBeenCalled();
  });

  it("sends the version read, and shows the API's refusal in its own words", async () => {
    post.mockResolvedValue({
      error: {
        statusCode: 409,
        code: 'PAYMENT_DEMAND_TOO_EARLY',
        message: 'Påkrav kan tidligst sendes 8. september 2026.',
        details: [],
        requestId: 'r',
      },
      response: new Response(null, { status: 409 }),
    });
    renderForm(registered);
    fireEvent.change(screen.getByLabelText('Påkravet sendt'), { target: { value: '2026-09-02' } });
    fireEvent.change(screen.getByLabelText('Påkravet kommet frem til lejer'), { target: { value: '2026-09-03' } });
    fireEvent.change(screen.getByLabelText('Påkravsgebyr (kr.)'), { target: { value: '304' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér skridtet' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Påkrav kan tidligst sendes 8. september 2026.');
    expect(post).toHaveBeenCalledWith('/api/v1/cases/{id}/transitions', {
      params: { path: { id: registered.id } },
      body: {
        version: 4,
        type: 'send_payment_demand',
        sentOn: '2026-09-02',
        receivedOn: '2026-09-03',
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 30_400,
      },
    });
  });

  it('says what the case has become when the step is recorded', async () => {
    post.mockResolvedValue({
      data: { ...registered, stage: 'closed', outcome: 'paid' },
      response: new Response(null, { status: 200 }),
    });
    renderForm(registered);
    fireEvent.change(screen.getByLabelText('Skridt'), { target: { value: 'close' } });
    fireEvent.change(screen.getByLabelText('Dato'), { target: { value: '2026-09-20' } });
    fireEvent.change(screen.getByLabelText('Udfald'), { target: { value: 'paid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér skridtet' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('»lukket«'));
    expect(post.mock.calls[0]?.[1]).toMatchObject({
      body: { type: 'close', on: '2026-09-20', outcome: 'paid', version: 4 },
    });
  });
});
