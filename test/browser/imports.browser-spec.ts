/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { Role } from '@app/domain';
import { messagesFor } from '@app/i18n';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const da = messagesFor('da');

/**
 * The monthly list as a housing organisation's system exports it: UTF-8 with a byte-order mark,
 * `;` between fields, CRLF, and headers of its own ("Restance (kr.)"), which the report repeats.
 */
const HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance (kr.);Forfaldsdato;Børn';
const GOOD = [
  '1;1-001;Parkvej 1, st. tv.;8000;Aarhus C;Anna Andersen;;6.500,00;6.500,00;01-10-2026;2',
  '1;1-002;Parkvej 1, st. th.;8000;Aarhus C;Bo Berg;;7.250,50;3.000,00;01-10-2026;',
  '2;2-010;Skovvej 10;8210;Aarhus V;Dan Due;;8.000,00;8.000,00;01-10-2026;1',
];
/** Each bad row, with what the report must say about it (the header line is row 1). */
const BAD = [
  {
    line: '9;9-001;Ukendt 1;8000;Aarhus C;Eva Ek;;6.000,00;6.000,00;01-10-2026;',
    row: 5,
    column: 'Afdeling',
    message: da.imports.row.unknownDepartment({ column: 'Afdeling', department: '9' }),
  },
  {
    line: '1;1-004;Parkvej 2;8000;Aarhus C;Finn Fisk;;6.000,00;-100,00;01-10-2026;',
    row: 6,
    column: 'Restance (kr.)',
    message: da.imports.row.amountNegative({ column: 'Restance (kr.)' }),
  },
  {
    line: '1;1-005;Parkvej 3;8000;Aarhus C;Gitte Gram;;6.000,00;1.000,00;31-09-2026;',
    row: 7,
    column: 'Forfaldsdato',
    message: da.imports.row.dateNotADay({ column: 'Forfaldsdato' }),
  },
];
const LIST = Buffer.from('\uFEFF' + [HEADER, ...GOOD, ...BAD.map((bad) => bad.line)].join('\r\n') + '\r\n', 'utf8');

/**
 * Importing the monthly arrears list in the browser (issue 13): the caseworker uploads a CSV with
 * good and bad rows through the page, watches it go through the worker (a BullMQ job) to done,
 * reads the report of the bad rows on screen and downloads it as a CSV for Excel. A refused
 * upload shows the API's words; another organisation's import is "not found".
 */
describe('web application: importing the monthly arrears list', () => {
  let app: BrowserApp;
  let email: string;
  let otherEmail: string;
  let importAddress: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    const { caseworker } = await app.world.organisation({ departments: 2 });
    email = caseworker.user.email;
    otherEmail = (await app.world.organisation()).caseworker.user.email;
  });

  afterAll(async () => {
    await app?.close();
  });

  const fileInput = (page: Page) => page.getByLabel(da.webImports.upload.file, { exact: true });
  const submit = (page: Page) => page.getByRole('button', { name: da.webImports.upload.submit });

  it('uploads a list with good and bad rows, shows progress and status to done, the report, and downloads it', async () => {
    const page = await app.newPage();
    await page.goto('/imports');
    await page.waitForURL(/\/sign-in\?next=%2Fimports/);
    await signInThroughForm(page, email);
    await page.waitForURL(/\/imports$/);
    await page.getByRole('heading', { level: 1, name: da.webImports.title }).waitFor();
    await page.getByText(da.webImports.recent.empty).waitFor();
    await expectAccessible(page, 'imports-empty');
    await screenshot(page, 'imports');

    // No file chosen: said at the field, before anything is sent.
    await submit(page).click();
    await page.getByText(da.webImports.upload.fileRequired).waitFor();
    await expect(fileInput(page).getAttribute('aria-invalid')).resolves.toBe('true');

    // Refused by the API: its own words, announced.
    await fileInput(page).setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await submit(page).click();
    const refusal = page.locator('[role="alert"][data-code="IMPORT_EMPTY_FILE"]');
    await expect(refusal.textContent()).resolves.toContain(da.imports.upload.IMPORT_EMPTY_FILE);
    await expectAccessible(page, 'imports-refused');

    // The real list. The answer is held back a moment so the page is seen while it uploads.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/arrears-imports', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await fileInput(page).setInputFiles({ name: 'restancer-oktober.csv', mimeType: 'text/csv', buffer: LIST });
    await submit(page).click();
    const progress = page.getByRole('progressbar', { name: da.webImports.upload.progressLabel });
    await progress.waitFor();
    await expect(submit(page).isDisabled()).resolves.toBe(true);
    await expectAccessible(page, 'imports-uploading');
    release();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    importAddress = new URL(page.url()).pathname;

    // Polled until the worker has finished with it.
    const detail = page.getByTestId('import-detail');
    await page.locator('[data-testid="import-detail"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await expect(detail.getByRole('status').textContent()).resolves.toContain(
      da.webImports.detail.doneWithProblems({ count: String(BAD.length) }),
    );
    const count = (name: string) => page.locator(`[data-count="${name}"]`).textContent();
    await expect(count('total')).resolves.toBe(String(GOOD.length + BAD.length));
    await expect(count('good')).resolves.toBe(String(GOOD.length));
    await expect(count('changed')).resolves.toBe(String(GOOD.length));
    await expect(count('failed')).resolves.toBe(String(BAD.length));

    // The report: row number, the file's own column header, the problem in the API's words.
    const report = page.getByTestId('problem-report');
    await report.getByRole('table').waitFor();
    const rows = await report
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
    expect(rows).toEqual(BAD.map((bad) => [String(bad.row), bad.column, bad.message]));
    await expectAccessible(page, 'import-report');
    await screenshot(page, 'import-report');

    // The download: the same report, as Danish Excel opens it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: da.webImports.report.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fejlrapport-restancer-oktober.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toEqual([
      'Række;Kolonne;Fejl',
      ...BAD.map((bad) => `${bad.row};${bad.column};${bad.message}`),
      '',
    ]);

    // In English the same report reads in English: the API gave each problem in both languages.
    const en = messagesFor('en');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: en.webImports.report.heading }).waitFor();
    await report.getByText(en.imports.row.amountNegative({ column: 'Restance (kr.)' })).waitFor();
    await expectAccessible(page, 'import-report-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 2, name: da.webImports.report.heading }).waitFor();

    // On a tablet in portrait the report still reads without a sideways page.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectAccessible(page, 'import-report-tablet');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Back on the list, the import is there with its outcome.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: da.webImports.detail.back }).click();
    const recent = page.getByTestId('recent-imports');
    await recent.waitFor();
    await recent
      .getByRole('row', { name: /restancer-oktober\.csv/ })
      .getByText(da.webImports.status.completedWithProblems)
      .waitFor();
    await expectAccessible(page, 'imports-with-recent');
  });

  it("shows why a file fails as a whole, in the API's words", async () => {
    const page = await app.newPage();
    await page.goto('/sign-in?next=%2Fimports');
    await signInThroughForm(page, email);
    await page.waitForURL(/\/imports$/);
    await fileInput(page).setInputFiles({
      name: 'uden-kolonner.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Afdeling;Lejemål\r\n1;1-001\r\n', 'utf8'),
    });
    await submit(page).click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    const failed = page.locator('[role="alert"][data-code="IMPORT_MISSING_COLUMNS"]');
    await failed.waitFor({ timeout: 30_000 });
    await expect(failed.textContent()).resolves.toContain(da.imports.file.missingColumn({ column: 'Adresse' }));
    await expectAccessible(page, 'import-failed');
  });

  it('lets an administrator import a list for the organisation they choose', async () => {
    const { organisation } = await app.world.organisation({ name: 'Boligselskabet Vest', departments: 2 });
    const admin = await app.world.user(Role.Administrator);
    const page = await app.newPage();
    await page.goto('/sign-in?next=%2Fimports');
    await signInThroughForm(page, admin.user.email);
    await page.waitForURL(/\/imports$/);
    await fileInput(page).setInputFiles({ name: 'vest.csv', mimeType: 'text/csv', buffer: LIST });
    await submit(page).click();
    await page.getByText(da.webImports.upload.organisationRequired).waitFor();
    await expectAccessible(page, 'imports-admin');
    await page.getByLabel(da.webImports.upload.organisation).selectOption({ label: organisation.name });
    await submit(page).click();
    await page.locator('[data-testid="import-detail"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await expect(page.locator('[data-count="good"]').textContent()).resolves.toBe(String(GOOD.length));
    await page.getByRole('link', { name: da.webImports.detail.back }).click();
    await page
      .getByTestId('recent-imports')
      .getByRole('row', { name: /vest\.csv/ })
      .getByText(organisation.name)
      .waitFor();
  });

  it('shows "not found" for an unknown import and for another organisation\'s, and never lists it', async () => {
    const page = await app.newPage();
    await page.goto('/sign-in?next=%2Fimports');
    await signInThroughForm(page, otherEmail);
    await page.waitForURL(/\/imports$/);
    await page.getByText(da.webImports.recent.empty).waitFor();

    await page.goto(importAddress);
    await page.getByTestId('not-found').waitFor();
    await expect(page.getByText('restancer-oktober.csv').count()).resolves.toBe(0);

    await page.goto(`/imports/${randomUUID()}`);
    await page.getByTestId('not-found').waitFor();
    await page.goto('/imports/not-an-id');
    await page.getByTestId('not-found').waitFor();
    await expectAccessible(page, 'import-not-found');
  });
});
