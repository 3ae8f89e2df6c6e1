import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { I18nProvider } from '../i18n';
import { QueueBoardLink } from './queue-board';

type Post = typeof api.POST;

function fakeTab() {
  return { opener: {} as unknown, location: { href: '' }, close: vi.fn() };
}

function renderLink() {
  render(
    <I18nProvider initial="da">
      <QueueBoardLink />
    </I18nProvider>,
  );
  return screen.getByRole('button', { name: /Åbn køoversigten/ });
}

describe('the queue board link', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('asks the API for the board cookie, then points the new tab at the board', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const post = vi
      .spyOn(api, 'POST')
      .mockResolvedValue({ data: undefined, response: new Response(null, { status: 204 }) } as unknown as Awaited<
        ReturnType<Post>
      >);
    fireEvent.click(renderLink());
    // The tab opens at the click, while the browser still counts it as the user's doing.
    expect(open).toHaveBeenCalledWith('', '_blank');
    await screen.findByText('Køoversigten er åbnet i en ny fane.');
    expect(post).toHaveBeenCalledWith('/admin/session');
    expect(tab.location.href).toBe('/admin/queues');
    expect(tab.opener).toBeNull();
  });

  it('closes the tab and shows the API’s words when the API refuses', async () => {
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    vi.spyOn(api, 'POST').mockResolvedValue({
      error: {
        statusCode: 403,
        code: 'ROLE_NOT_ALLOWED',
        message: 'Din rolle må ikke dette.',
        details: [],
        requestId: 'r',
      },
      response: new Response(null, { status: 403 }),
    } as unknown as Awaited<ReturnType<Post>>);
    fireEvent.click(renderLink());
    await waitFor(() => expect(tab.close).toHaveBeenCalled());
    expect((await screen.findByRole('alert')).textContent).toContain('Din rolle må ikke dette.');
    expect(tab.location.href).toBe('');
  });

  it('says so when the browser blocked the tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.spyOn(api, 'POST').mockResolvedValue({
      data: undefined,
      response: new Response(null, { status: 204 }),
    } as unknown as Awaited<ReturnType<Post>>);
    fireEvent.click(renderLink());
    expect((await screen.findByRole('alert')).textContent).toContain('blokerede');
  });
});
