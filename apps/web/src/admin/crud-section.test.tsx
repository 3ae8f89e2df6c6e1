import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../api';
import { I18nProvider } from '../i18n';
import { CrudSection } from './crud-section';

interface Entry {
  id: string;
  name: string;
}

function renderSection(overrides: { remove?: (entry: Entry) => Promise<unknown>; create?: () => Promise<unknown> }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const create = vi.fn(overrides.create ?? (async () => ({})));
  render(
    <I18nProvider initial="da">
      <QueryClientProvider client={client}>
        <CrudSection<Entry>
          title="Kommuner"
          addLabel="Tilføj kommune"
          createTitle="Ny kommune"
          editTitle={(entry) => `Redigér ${entry.name}`}
          queryKey={['test', 'entries']}
          load={async () => [{ id: '1', name: 'Testrup' }]}
          columns={[{ header: 'Navn', cell: (entry) => entry.name }]}
          rowName={(entry) => entry.name}
          fields={[{ name: 'name', label: 'Navn' }]}
          initial={(entry) => ({ name: entry?.name ?? '' })}
          create={create}
          update={async () => ({})}
          remove={overrides.remove ?? (async () => undefined)}
        />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { create };
}

const refusal = (code: string, message: string, details: { field: string; message: string }[] = []) =>
  new ApiCallError(409, {
    statusCode: 409,
    code,
    message,
    requestId: 'r',
    details: details.map((d) => ({ ...d, rule: 'x' })),
  });

describe('a directory section', () => {
  afterEach(cleanup);

  it('lists the entries in a table with a row header and named buttons', async () => {
    renderSection({});
    expect(await screen.findByRole('rowheader', { name: 'Testrup' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redigér Testrup' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Slet Testrup' })).toBeTruthy();
  });

  it('asks before deleting, and shows a refused delete in the API’s words', async () => {
    const remove = vi.fn(async () => {
      throw refusal('MUNICIPALITY_IN_USE', 'Kommunen kan ikke slettes, fordi andre oplysninger henviser til den.');
    });
    renderSection({ remove });
    fireEvent.click(await screen.findByRole('button', { name: 'Slet Testrup' }));
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slet' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('kan ikke slettes');
    expect(alert.getAttribute('data-code')).toBe('MUNICIPALITY_IN_USE');
    expect(remove).toHaveBeenCalledOnce();
  });

  it('shows a refused form with the problem beside its field, and keeps what was typed', async () => {
    const { create } = renderSection({
      create: async () => {
        throw refusal('VALIDATION_FAILED', 'Ret felterne.', [{ field: 'name', message: 'Skal udfyldes.' }]);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj kommune' }));
    const input = screen.getByLabelText('Navn');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toContain('Ret felterne.');
    const describedBy = input.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe('Skal udfyldes.');
    expect((input as HTMLInputElement).value).toBe('x');
    expect(create).toHaveBeenCalledWith({ name: 'x' });
  });
});
