import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import type { ArrearsImport, ImportProblem } from './import-types';

// The report asks the API through `api`; here a stand-in answers with pages of problems.
const pages = new Map<string | undefined, { items: ImportProblem[]; nextCursor: string | null }>();
const asked: unknown[] = [];
vi.mock('../api', () => ({
  api: {
    GET: vi.fn(async (_path: string, init: { params: { query: { cursor?: string; limit: number } } }) => {
      asked.push(init.params.query);
      const page = pages.get(init.params.query.cursor) ?? { items: [], nextCursor: null };
      return { data: page, response: new Response(null, { status: 200 }) };
    }),
  },
  call: async <T,>(pending: Promise<{ data?: T }>) => (await pending).data as T,
  setApiLanguage: () => undefined,
  ApiCallError: class extends Error {},
}));

const { ProblemReport } = await import('./problem-report');

const problem = (rowNumber: number, column: string | null, da: string): ImportProblem => ({
  rowNumber,
  field: column ? 'arrearsOre' : 'row',
  column,
  code: 'INVALID_AMOUNT',
  message: { da, en: `${da} (en)` },
});

const item = { id: 'imp-1', fileName: 'restancer.csv', status: 'completed', failedRows: 3 } as ArrearsImport;

function renderReport(language: 'da' | 'en' = 'da') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={language}>
        <ProblemReport item={item} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('the row report on screen', () => {
  beforeEach(() => {
    pages.clear();
    asked.length = 0;
  });
  afterEach(cleanup);

  it("shows each problem with its row, the file's own column header and the API's words", async () => {
    pages.set(undefined, {
      items: [problem(5, 'Restance (kr.)', 'Restance (kr.) må ikke være negativ.'), problem(8, null, 'Rækken er tom.')],
      nextCursor: null,
    });
    renderReport();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['5', 'Restance (kr.)', 'Restance (kr.) må ikke være negativ.'],
      ['8', 'Hele rækken', 'Rækken er tom.'],
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Række', 'Kolonne', 'Fejl']);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it("pages forward and back through a long report with the API's cursors", async () => {
    pages.set(undefined, { items: [problem(2, 'By', 'første side')], nextCursor: 'c2' });
    pages.set('c2', { items: [problem(60, 'By', 'anden side')], nextCursor: null });
    renderReport();
    await screen.findByText('første side');
    const pager = screen.getByRole('navigation', { name: 'Sider i rapporten' });
    expect(within(pager).getByRole('button', { name: 'Forrige' })).toHaveProperty('disabled', true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Næste' }));
    await screen.findByText('anden side');
    expect(screen.getByText('Side 2')).toBeTruthy();
    expect(within(pager).getByRole('button', { name: 'Næste' })).toHaveProperty('disabled', true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Forrige' }));
    await screen.findByText('første side');
    // Going back shows the page already fetched (a refetch after it may follow).
    expect(asked.slice(0, 2)).toEqual([
      { limit: 50, cursor: undefined },
      { limit: 50, cursor: 'c2' },
    ]);
  });

  it('says so when no row had a problem, and offers no download', async () => {
    renderReport('en');
    await screen.findByText('No rows with problems.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
