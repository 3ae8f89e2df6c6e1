/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Page } from 'playwright-core';
import { Role } from '@app/domain';
import { TEST_PASSWORD } from '@app/testing';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

/**
 * Everyone's part of the web application (issue 13): sign in, who am I, silent refresh, sign out,
 * "not found", and where the tokens are kept.
 */
describe('web application: signing in and out', () => {
  let app: BrowserApp;
  let email: string;

  beforeAll(async () => {
    // Short-lived access tokens, so that the silent refresh happens while the test watches.
    app = await startBrowserApp({ worker: false, env: { AUTH_ACCESS_TTL_S: '60' } });
    const { organisation } = await app.world.organisation();
    email = (
      await app.world.user(Role.HousingCaseworker, { housingOrganisationId: organisation.id, name: 'Anne Andersen' })
    ).user.email;
  });

  afterAll(async () => {
    await app?.close();
  });

  const refreshes = (page: Page) => {
    const seen: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/v1/auth/browser-session/refresh')) seen.push(response.status());
    });
    return seen;
  };

  it('signs in, keeps the refresh token where no script reads it and the access token in memory only', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');

    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Forkert e-mail eller adgangskode');

    await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByTestId('who-am-i').textContent()).resolves.toContain('Anne Andersen');

    const cookies = await page.context().cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'ep_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/browser-session' });
    const readable = await page.evaluate(() => ({
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
    }));
    expect(readable.cookie).not.toContain('ep_refresh');
    expect(readable.local).not.toMatch(/eyJ|token/i);
    expect(readable.session).not.toMatch(/eyJ|token/i);
  });

  it('renews the access token silently, and a reload or a deep link keeps the user signed in', async () => {
    const page = await app.newPage();
    const seen = refreshes(page);
    await page.goto('/me');
    await page.waitForURL(/\/sign-in\?next=%2Fme/);
    await signInThroughForm(page, email);
    await page.waitForURL(/\/me$/);
    seen.length = 0; // the attempt before signing in found no cookie (401), as it should
    // A 60-second token is renewed a minute before it runs out, here 5 seconds after sign-in, without the user doing anything.
    await page.waitForResponse((r) => r.url().endsWith('/browser-session/refresh'), { timeout: 15_000 });
    await page.getByRole('link', { name: 'Min profil' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Min profil');

    const meCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/me')) meCalls.push(request.url());
    });
    await page.reload();
    await expect(page.getByTestId('who-am-i').textContent()).resolves.toContain('Anne Andersen');
    // The refresh answer carries the user: opening the application costs no GET /me round trip.
    expect(meCalls).toEqual([]);
    expect(seen.every((status) => status === 200)).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'me');
    await screenshot(page, 'me');
  });

  it('shows "not found" for an unknown address, and switches to English', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, email);
    await page.goto('/no-such-page/42');
    await page.getByTestId('not-found').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Siden findes ikke');
    await expectAccessible(page, 'not-found');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  });

  it('signs out: the session is revoked on the server and the cookie is gone', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, email);
    const before = (await page.context().cookies()).find((cookie) => cookie.name === 'ep_refresh')!.value;

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/sign-in/);
    expect((await page.context().cookies()).find((cookie) => cookie.name === 'ep_refresh')).toBeUndefined();
    await page.reload();
    await page.getByRole('button', { name: 'Log ind' }).waitFor();

    // The old refresh token no longer opens a session, wherever it was copied to.
    const replay = await fetch(`${app.baseUrl}/api/v1/auth/browser-session/refresh`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'test', Cookie: `ep_refresh=${before}` },
    });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { code: string }).code).toBe('TOKEN_REVOKED');
  });

  it('refuses the cookie without the header another site cannot send', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, email);
    const value = (await page.context().cookies()).find((cookie) => cookie.name === 'ep_refresh')!.value;
    const forged = await fetch(`${app.baseUrl}/api/v1/auth/browser-session/refresh`, {
      method: 'POST',
      headers: { Cookie: `ep_refresh=${value}` },
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { code: string }).code).toBe('AUTHENTICATION_REQUIRED');
  });
});
