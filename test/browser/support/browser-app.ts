/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import axe from 'axe-core';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApi } from '../../../apps/api/src/api.factory.js';
import { createWorker } from '../../../apps/worker/src/worker.factory.js';
import {
  clearRedisPrefix,
  createTestDatabase,
  SmtpSink,
  TEST_PASSWORD,
  testConfig,
  TestWorld,
  type TestDatabase,
  uniqueQueuePrefix,
} from '@app/testing';

/**
 * The whole system as a person meets it, for browser tests (issue 13): the API serving the built
 * web application on a real port, the worker, a real SMTP sink, PostgreSQL and Redis of the test's
 * own, and Debian's Chromium driven by playwright-core.
 */
export interface BrowserApp {
  baseUrl: string;
  api: INestApplication;
  worker?: INestApplicationContext;
  world: TestWorld;
  sink: SmtpSink;
  database: TestDatabase;
  browser: Browser;
  /** A fresh browser profile (its own cookies), as another person at another desk. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export const WEB_ROOT = resolve('dist/web');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The network is closed on these machines: without these flags Chromium keeps trying to reach
 * Google's services at start-up and in the background.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  // Danish browser chrome (date fields show dd.mm.åååå), as on the caseworkers' own machines.
  '--lang=da-DK',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install the Debian package chromium (.ci/run does).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startBrowserApp(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<BrowserApp> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`The web application is not built (${WEB_ROOT}): run \`npm run build:web\` (npm test does).`);
  }
  const database = await createTestDatabase();
  const sink = await SmtpSink.start();
  const prefix = uniqueQueuePrefix();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig({
    database,
    queue: 'redis',
    prefix,
    smtpUrl: sink.url,
    env: { PORT: String(port), APP_PUBLIC_URL: baseUrl, WEB_ROOT, ...options.env },
  });
  const api = await createApi(config);
  await api.listen(port, '127.0.0.1');
  const worker = options.worker === false ? undefined : await createWorker(config);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    api,
    worker,
    world: new TestWorld(api),
    sink,
    database,
    browser,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'da-DK',
        timezoneId: 'Europe/Copenhagen',
        viewport: pageOptions.viewport ?? { width: 1280, height: 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await worker?.close();
      await api.close();
      await sink.close();
      await database.drop();
      await clearRedisPrefix(prefix);
    },
  };
}

/** Signs in through the form, as a person does, and waits for the signed-in frame. */
export async function signInThroughForm(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  // A page sent to sign in (a deep link) keeps its ?next=; a blank one opens the sign-in page.
  if (page.url() === 'about:blank') await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByTestId('who-am-i').waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The automated WCAG 2.1 A/AA check (axe-core) of what the page shows now: the serious and
 * critical violations, each with the elements it found. Run through the DevTools protocol
 * (page.evaluate), so the page's own Content-Security-Policy stays as it is in production.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails the test with the violations listed when the screen has a serious or critical one. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${screen}: ${violations.length} serious or critical accessibility violation(s):\n` +
        violations.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n'),
    );
  }
}

/**
 * A screenshot of the screen. With UPDATE_SCREENSHOTS=1 it replaces docs/screenshots/<name>.png,
 * the pictures the README shows; otherwise it goes to the temp dir, so a test run leaves the
 * working tree as it was.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? resolve('docs/screenshots') : join(tmpdir(), 'ep-screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
