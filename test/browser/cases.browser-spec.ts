/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Page } from 'playwright-core';
import {
  addDays,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  paymentDeadline,
  type IsoDate,
} from '@app/calendar';
import { formatLegalDate } from '@app/common';
import { Role } from '@app/domain';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

// Rent due Tuesday 1 September 2026: every date of the walk is in the past when the suite runs.
const DUE = '2026-09-01' as IsoDate;
const NEXT_DUE = '2026-10-01' as IsoDate;
const DEMAND_ON = earliestPaymentDemandDate(DUE);
const RECEIVED_ON = addDays(DEMAND_ON, 1);
const DEADLINE = paymentDeadline(RECEIVED_ON);
const TERMINATE_ON = earliestTerminationDate(RECEIVED_ON);
const NOTICE_ON = addDays(TERMINATE_ON, 2);
const FILED_ON = addDays(TERMINATE_ON, 3);

const ADDRESS = 'Solvej 12, 2. tv.';
const TENANT = 'Karen Hansen';

/**
 * The housing caseworker's screens (issue 13): a new case from the arrears, the worktray, and the
 * case walked from påkrav to the eviction request through the forms, with the legal calendar's
 * refusals; and a caseworker of another organisation who sees nothing of it.
 */
describe('web application: the housing caseworker', () => {
  let app: BrowserApp;
  let email: string;
  let otherEmail: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    const { organisation } = await app.world.organisation({ name: 'Boligselskabet Solvang' });
    email = (
      await app.world.user(Role.HousingCaseworker, { housingOrganisationId: organisation.id, name: 'Anne Andersen' })
    ).user.email;
    otherEmail = (await app.world.organisation()).caseworker.user.email;
  });

  afterAll(async () => {
    await app?.close();
  });

  const stepForm = (page: Page) => page.getByTestId('step-form');
  const caseReady = (page: Page) => page.locator('[data-testid="case-page"][data-ready="true"]').waitFor();
  const stageIs = (page: Page, stage: string) => page.getByTestId('case-stage').filter({ hasText: stage }).waitFor();
  const submitStep = (page: Page) => stepForm(page).getByRole('button', { name: 'Registrér skridtet' }).click();
  const stepDate = (page: Page, label: string) => stepForm(page).getByLabel(label, { exact: true });

  it('registers arrears for a new tenancy and finds the case in the worktray, overdue first', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, email);
    await page.goto('/cases');
    await page.getByTestId('worktray').waitFor();
    await page.getByRole('status').filter({ hasText: 'Ingen sager' }).waitFor();
    await expectAccessible(page, 'worktray-empty');

    await page.getByRole('link', { name: 'Registrér restance på et nyt lejemål' }).click();
    await page.getByTestId('new-case').waitFor();
    await page.getByRole('button', { name: 'Opret sagen' }).click();
    await expect(page.getByText('Skal udfyldes.').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'new-case-invalid');

    await page.getByLabel('Afdeling').selectOption({ label: '1 Afdeling 1' });
    await page.getByLabel('Lejemålsnummer').fill('12-0304');
    await page.getByLabel('Adresse', { exact: true }).fill(ADDRESS);
    await page.getByLabel('Postnummer').fill('2600');
    await page.getByLabel('By', { exact: true }).fill('Glostrup');
    await page.getByLabel('Månedlig leje (kr.)').fill('6.500,00');
    await page.getByLabel('Lejers navn').fill(TENANT);
    await page.getByLabel('Forfaldsdag').fill(DUE);
    await page.getByLabel('Beløb (kr.)').fill('6.500');
    await page.getByRole('button', { name: 'Opret sagen' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').pop()!;
    await caseReady(page);
    await expect(page.getByTestId('case-tenants').textContent()).resolves.toContain(TENANT);
    await expect(page.getByTestId('case-balance').textContent()).resolves.toContain('6.500,00 kr.');

    await page.getByRole('link', { name: 'Tilbage til arbejdslisten' }).click();
    const row = page.getByTestId('worktray-row').filter({ hasText: ADDRESS });
    await row.waitFor();
    // The earliest påkrav date has long passed with no påkrav sent: the most urgent work there is.
    await expect(row.textContent()).resolves.toMatch(/overskredet/);
    await expect(row.textContent()).resolves.toContain('12-0304');
    await expect(row.textContent()).resolves.toContain('registreret');
    await expectAccessible(page, 'worktray');
    await screenshot(page, 'worktray');

    // The filters stand in the address: a reload keeps them.
    await page.getByLabel('Stadie').selectOption({ label: 'ophævet' });
    await page.getByRole('button', { name: 'Vis sager' }).click();
    await page.waitForURL(/stage=terminated/);
    await page.getByRole('status').filter({ hasText: 'Ingen sager' }).waitFor();
    await page.reload();
    await expect(page.getByLabel('Stadie').inputValue()).resolves.toBe('terminated');
    await page.getByRole('status').filter({ hasText: 'Ingen sager' }).waitFor();
    await page.getByRole('button', { name: 'Nulstil' }).click();
    await row.waitFor();
  });

  it('walks the case through påkrav, deadline, termination, the § 92 notice and the eviction request', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, email);
    await page.goto(`/cases/${caseId}`);
    await caseReady(page);
    await expect(page.getByTestId('case-deadlines').textContent()).resolves.toContain('overskredet');
    await expectAccessible(page, 'case-page');

    // A second month's rent, and part of it paid, both typed in kroner.
    const arrears = page.getByTestId('arrears-form');
    await arrears.getByLabel('Forfaldsdag').fill(NEXT_DUE);
    await arrears.getByLabel('Beløb (kr.)').fill('6.500,00');
    await arrears.getByRole('button', { name: 'Registrér restancen' }).click();
    await arrears.getByRole('status').filter({ hasText: 'Restancen er lagt til sagen' }).waitFor();
    const payment = page.getByTestId('payment-form');
    await payment.getByLabel('Betalt den').fill(NEXT_DUE);
    await payment.getByLabel('Beløb (kr.)').fill('500');
    await payment.getByRole('button', { name: 'Registrér indbetalingen' }).click();
    await payment.getByRole('status').filter({ hasText: '12.500,00 kr.' }).waitFor();
    await page.getByTestId('case-balance').filter({ hasText: '12.500,00 kr.' }).waitFor();
    await expectAccessible(page, 'case-money-forms');

    // Only the steps the stage allows are offered.
    await expect(stepForm(page).getByLabel('Skridt').locator('option').allTextContents()).resolves.toEqual([
      'Send påkrav',
      'Luk sagen',
    ]);
    await expect(stepForm(page).getByTestId('step-earliest').textContent()).resolves.toContain(
      DEMAND_ON.split('-').reverse().join('-'),
    );

    // Too early: the API's refusal, with the earliest date the calendar allows.
    await stepDate(page, 'Påkravet sendt').fill(DUE);
    await stepDate(page, 'Påkravet kommet frem til lejer').fill(DUE);
    await submitStep(page);
    const refusal = stepForm(page).getByRole('alert');
    await expect(refusal.textContent()).resolves.toContain(
      `Påkrav kan tidligst sendes ${formatLegalDate(DEMAND_ON, 'da')}`,
    );
    await expectAccessible(page, 'case-step-refused');

    await stepDate(page, 'Påkravet sendt').fill(DEMAND_ON);
    await stepDate(page, 'Påkravet kommet frem til lejer').fill(RECEIVED_ON);
    await stepForm(page).getByLabel('Sendt som').selectOption({ label: 'anbefalet brev' });
    await submitStep(page);
    await stageIs(page, 'påkrav sendt');
    await stepForm(page).getByRole('status').filter({ hasText: 'påkrav sendt' }).waitFor();
    await expectAccessible(page, 'case-step-done');

    await expect(stepForm(page).getByLabel('Skridt').inputValue()).resolves.toBe('mark_deadline_passed');
    await stepDate(page, 'Dato').fill(TERMINATE_ON);
    await submitStep(page);
    await stageIs(page, 'betalingsfristen overskredet');

    // Terminating on the last day to pay is refused, with the first day it is allowed.
    await expect(stepForm(page).getByLabel('Skridt').inputValue()).resolves.toBe('terminate');
    await stepDate(page, 'Dato').fill(DEADLINE);
    await submitStep(page);
    await expect(stepForm(page).getByRole('alert').textContent()).resolves.toContain(
      `Lejemålet kan tidligst ophæves ${formatLegalDate(TERMINATE_ON, 'da')}`,
    );
    await expectAccessible(page, 'case-termination-refused');
    await stepDate(page, 'Dato').fill(TERMINATE_ON);
    await submitStep(page);
    await stageIs(page, 'ophævet');

    // The eviction request needs the § 92 notice first; the form says so, and the API refuses without it.
    await expect(stepForm(page).getByTestId('step-earliest').textContent()).resolves.toContain('§ 92');
    await stepDate(page, 'Dato').fill(FILED_ON);
    await submitStep(page);
    await stepForm(page).getByRole('alert').waitFor();
    const notice = page.getByTestId('notice-form');
    await expectAccessible(page, 'case-notice-form');
    await notice.getByLabel('Underretningsdato').fill(NOTICE_ON);
    await notice.getByRole('button', { name: 'Underret kommunen' }).click();
    await notice.getByRole('status').waitFor();
    await page
      .getByTestId('case-summary')
      .filter({ hasText: NOTICE_ON.split('-').reverse().join('-') })
      .waitFor();

    await stepDate(page, 'Dato').fill(FILED_ON);
    await submitStep(page);
    await stageIs(page, 'udsættelse begæret i fogedretten');
    await expect(stepForm(page).getByLabel('Skridt').locator('option').allTextContents()).resolves.toEqual([
      'Registrér fogedrettens dato for udsættelse',
      'Registrér at udsættelsen er afværget',
      'Luk sagen',
    ]);

    await caseReady(page);
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    for (const text of ['Påkrav sendt', 'Lejemålet ophævet', 'Kommunen underrettet', 'Udsættelse begæret']) {
      expect(timeline).toContain(text);
    }
    await expectAccessible(page, 'case-page-eviction-requested');
    await screenshot(page, 'case-page');
  });

  it('fits a tablet: the ledger and the timeline scroll inside their own frames', async () => {
    const page = await app.newPage({ viewport: { width: 768, height: 1024 } });
    await signInThroughForm(page, email);
    await page.goto(`/cases/${caseId}`);
    await caseReady(page);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(768);
    await expectAccessible(page, 'case-page-tablet');

    // In English too, from the same catalogue; the timeline's summaries follow the language.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Case: ${ADDRESS}, 2600 Glostrup` }).waitFor();
    await page.getByTestId('case-timeline').filter({ hasText: 'Lease terminated on' }).waitFor();
    await expect(
      page.getByTestId('step-form').getByLabel('Step').locator('option').first().textContent(),
    ).resolves.toBe("Record the bailiff court's eviction date");
    await expectAccessible(page, 'case-page-english');
  });

  it('shows a caseworker of another organisation "not found" and nothing of the case', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, otherEmail);
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('not-found').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const secret of [ADDRESS, TENANT, '12-0304', '12.500']) expect(text).not.toContain(secret);
    await expect(page.getByTestId('case-page').count()).resolves.toBe(0);
    await expectAccessible(page, 'case-not-found');

    await page.goto('/cases/not-a-case-id');
    await page.getByTestId('not-found').waitFor();

    await page.goto('/cases');
    await page.getByTestId('worktray').waitFor();
    await page.getByRole('status').filter({ hasText: 'Ingen sager' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain(ADDRESS);
  });
});
