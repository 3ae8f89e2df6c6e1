/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Page } from 'playwright-core';
import { addDays, type IsoDate } from '@app/calendar';
import {
  ConsentPurpose,
  ReferralService,
  Role,
  type CounsellingProvider,
  type Department,
  type ReferralView,
} from '@app/domain';
import type { WorldCase, WorldUser } from '@app/testing';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const TENANT = 'Mette Sørensen';
const ADDRESS = 'Kastanjevej 4, st. th.';
const OLDER_TENANT = 'Jens Poulsen';
const MUNICIPAL_TENANT = 'Lone Mikkelsen';
const PROVIDER = 'Gældsrådgivningen Vestegnen';
const OTHER_PROVIDER = 'Rådgivning Øst';

/** Today as the legal calendar counts it (Copenhagen), YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()) as IsoDate;
/** A date as the Danish screens show it (dd-mm-yyyy). */
const danish = (date: string) => date.split('-').reverse().join('-');

/**
 * Debt counselling in the web application (issue 14, item 8): the housing caseworker refers a
 * tenant from the case page (refused without the tenant's consent, in words that say what to do),
 * the provider's debt advisor finds the referral first in the list, opens it, accepts it and records
 * the first contact; a refused step shows the API's words; the caseworker agrees a payment plan and
 * sees its instalments. Another provider's advisor gets "not found".
 */
describe('web application: debt counselling', () => {
  let app: BrowserApp;
  let department: Department;
  let caseworker: WorldUser;
  let advisor: WorldUser;
  let otherAdvisor: WorldUser;
  let provider: CounsellingProvider;
  let worldCase: WorldCase;
  let older: ReferralView;
  let socialWorker: WorldUser;
  let municipalCase: WorldCase;
  let referralId: string;

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    const { world } = app;
    const { organisation, departments, municipality } = await world.organisation({
      name: 'Boligforeningen Kastanjen',
    });
    department = departments[0]!;
    caseworker = await world.user(Role.HousingCaseworker, {
      housingOrganisationId: organisation.id,
      name: 'Anne Andersen',
    });
    provider = await world.counsellingProvider({ name: PROVIDER });
    const otherProvider = await world.counsellingProvider({ name: OTHER_PROVIDER });
    advisor = await world.user(Role.DebtAdvisor, { counsellingProviderId: provider.id, name: 'Dorte Dahl' });
    otherAdvisor = await world.user(Role.DebtAdvisor, { counsellingProviderId: otherProvider.id });

    const tenancy = await world.tenancy(department, {
      caseworker,
      tenancy: { address: ADDRESS },
      tenants: [{ name: TENANT, address: ADDRESS }],
    });
    worldCase = await world.caseAt('registered', { department, caseworker, tenancy });
    // The tenant consented to debt counselling with this provider only.
    await world.consent(tenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id, { by: caseworker });

    // An older referral the advisor has already accepted: the new one comes before it in the list.
    const olderTenancy = await world.tenancy(department, { caseworker, tenants: [{ name: OLDER_TENANT }] });
    const olderCase = await world.caseAt('registered', { department, caseworker, tenancy: olderTenancy });
    await world.consent(olderTenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id, { by: caseworker });
    const sent = await world.referral(caseworker, olderCase, provider.id);
    older = await app.api.get(ReferralService).step(advisor.actor, sent.id, sent.version, { type: 'accept' });

    // A case the municipality sees through the tenant's consent, for its social worker to refer.
    socialWorker = await world.user(Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    const municipalTenancy = await world.tenancy(department, { caseworker, tenants: [{ name: MUNICIPAL_TENANT }] });
    municipalCase = await world.caseAt('registered', { department, caseworker, tenancy: municipalTenancy });
    const municipalTenant = municipalTenancy.tenants[0]!;
    await world.consent(municipalTenant, ConsentPurpose.MunicipalityCaseDetails, municipality.id, { by: caseworker });
    await world.consent(municipalTenant, ConsentPurpose.DebtCounselling, provider.id, { by: caseworker });
  });

  afterAll(async () => {
    await app?.close();
  });

  const caseReady = (page: Page) => page.locator('[data-testid="case-page"][data-ready="true"]').waitFor();
  const referralStatusIs = (page: Page, status: string) =>
    page.getByTestId('referral-status').filter({ hasText: status }).waitFor();

  it('refers the tenant from the case page: refused without consent to that provider, sent with it', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, caseworker.user.email);
    await page.goto(`/cases/${worldCase.caseId}`);
    await caseReady(page);
    const form = page.getByTestId('refer-form');
    await form.getByLabel('Gældsrådgivning').selectOption({ label: OTHER_PROVIDER });
    await form.getByRole('button', { name: 'Send henvisningen' }).click();
    const refusal = form.locator('[data-code="REFERRAL_CONSENT_MISSING"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(`${TENANT} har ikke et samtykke i kraft`);
    await expect(refusal.textContent()).resolves.toContain(OTHER_PROVIDER);
    await page.getByTestId('case-referrals').filter({ hasText: 'Ingen henvisninger endnu.' }).waitFor();
    await expectAccessible(page, 'case-referral-refused');

    await form.getByLabel('Gældsrådgivning').selectOption({ label: PROVIDER });
    await form.getByLabel('Serviceniveau').selectOption({ label: 'fuld sagsbehandling' });
    await form.getByRole('button', { name: 'Send henvisningen' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Henvisningen er sendt til ${PROVIDER}.` })
      .waitFor();
    const row = page.getByTestId('case-referral').filter({ hasText: TENANT });
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('sent');
    await expect(row.textContent()).resolves.toContain('fuld sagsbehandling');
    await expectAccessible(page, 'case-referral-sent');
  });

  it('lets the municipal social worker refer from a case the municipality sees, without the legal steps', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, socialWorker.user.email);
    await page.goto(`/cases/${municipalCase.caseId}`);
    await caseReady(page);
    await expect(page.getByTestId('step-form').count()).resolves.toBe(0);
    await expect(page.getByTestId('payment-plan').count()).resolves.toBe(0);
    const form = page.getByTestId('refer-form');
    await form.getByLabel('Gældsrådgivning').selectOption({ label: PROVIDER });
    await form.getByRole('button', { name: 'Send henvisningen' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Henvisningen er sendt til ${PROVIDER}.` })
      .waitFor();
    await page.getByTestId('case-referral').filter({ hasText: MUNICIPAL_TENANT }).waitFor();
    await expectAccessible(page, 'case-referral-social-worker');
  });

  it('shows the advisor the new referral first; accepting it and recording the first contact move it on', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, advisor.user.email);
    // The advisor lands on the referrals.
    await page.waitForURL(/\/referrals$/);
    const rows = page.getByTestId('referral-row');
    await rows.nth(2).waitFor();
    await expect(rows.first().textContent()).resolves.toContain(TENANT);
    await expect(rows.first().getAttribute('data-status')).resolves.toBe('sent');
    await expect(rows.nth(2).textContent()).resolves.toContain(OLDER_TENANT);
    await expect(rows.first().textContent()).resolves.toContain('fuld sagsbehandling');
    await expect(rows.first().textContent()).resolves.toContain(danish(today()));
    await expectAccessible(page, 'referrals');
    await screenshot(page, 'referrals');

    // The status filter stands in the address.
    await page.getByLabel('Tilstand').selectOption({ label: 'modtaget' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(/status=accepted/);
    await rows.filter({ hasText: OLDER_TENANT }).waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await page.reload();
    await expect(page.getByLabel('Tilstand').inputValue()).resolves.toBe('accepted');
    await page.getByLabel('Tilstand').selectOption({ label: 'Alle' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await rows.nth(2).waitFor();

    await rows.first().getByRole('link', { name: TENANT }).click();
    await page.getByTestId('referral-page').waitFor();
    referralId = new URL(page.url()).pathname.split('/').pop()!;
    await referralStatusIs(page, 'sendt');
    await expect(page.getByTestId('referral-facts').textContent()).resolves.toContain(ADDRESS);
    await expectAccessible(page, 'referral-sent');

    await page.getByRole('button', { name: 'Modtag henvisningen' }).click();
    await referralStatusIs(page, 'modtaget');
    await page
      .getByTestId('referral-steps')
      .getByRole('status')
      .filter({ hasText: 'Henvisningen er modtaget.' })
      .waitFor();
    // Before a first contact the referral can only be closed without contact.
    await expect(
      page.getByTestId('referral-close').getByLabel('Resultat').locator('option').allTextContents(),
    ).resolves.toEqual(['ingen kontakt']);

    const firstContact = page.getByTestId('referral-first-contact');
    await firstContact.getByLabel('Dato for første kontakt').fill(addDays(today(), 1));
    await firstContact.getByRole('button', { name: 'Registrér første kontakt' }).click();
    await firstContact.getByText('Datoen må ikke ligge i fremtiden.').waitFor();
    await expectAccessible(page, 'referral-first-contact-invalid');
    await firstContact.getByLabel('Dato for første kontakt').fill(today());
    await firstContact.getByRole('button', { name: 'Registrér første kontakt' }).click();
    await referralStatusIs(page, 'i kontakt');
    await expect(page.getByTestId('referral-facts').textContent()).resolves.toContain(danish(today()));
    await expect(
      page.getByTestId('referral-close').getByLabel('Resultat').locator('option').allTextContents(),
    ).resolves.toEqual(['afdragsordning aftalt', 'gældssanering søgt', 'henvist videre', 'lejer takkede nej']);
    await expectAccessible(page, 'referral-in-contact');
    await screenshot(page, 'referral-page');

    // The warning that delivered it links to it.
    const mine = await app.api.get(ReferralService).get(advisor.actor, referralId);
    await page.goto(`/inbox/warnings/${mine.warningId}`);
    await page.getByTestId('warning-page').waitFor();
    await page.getByTestId('open-referral').click();
    await page.waitForURL(new RegExp(`/referrals/${referralId}$`));
    await referralStatusIs(page, 'i kontakt');

    // In English too, from the same catalogue.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Referral: ${TENANT}` }).waitFor();
    await referralStatusIs(page, 'in contact');
    await page.getByRole('button', { name: 'Close the referral' }).waitFor();
    await expectAccessible(page, 'referral-english');
  });

  it("works the referral: a session with its next action, the debts with the ledger's rent arrears, a budget", async () => {
    const page = await app.newPage();
    await signInThroughForm(page, advisor.user.email);
    await page.goto(`/referrals/${referralId}`);
    await referralStatusIs(page, 'i kontakt');

    const sessions = page.getByTestId('referral-sessions');
    await sessions.getByText('Ingen samtaler endnu.').waitFor();
    const sessionForm = page.getByTestId('session-form');
    await sessionForm.getByRole('button', { name: 'Registrér samtalen' }).click();
    await sessionForm.getByText('Vælg mindst ét emne.').waitFor();
    await sessionForm.getByLabel('Form', { exact: true }).selectOption({ label: 'telefon' });
    await sessionForm.getByLabel('Varighed (minutter)').fill('45');
    await sessionForm.getByLabel('gældsoverblik').check();
    await sessionForm.getByLabel('budgetlægning').check();
    await sessionForm.getByLabel('Næste handling (valgfri)').fill('Lejer sender lønsedler');
    await sessionForm.getByLabel('Frist for næste handling').fill(addDays(today(), 7));
    await sessionForm.getByLabel('Notat (valgfrit)').fill('Har mistet jobbet i oktober');
    await sessionForm.getByRole('button', { name: 'Registrér samtalen' }).click();
    await sessionForm.getByRole('status').filter({ hasText: 'Samtalen er registreret.' }).waitFor();
    const session = page.getByTestId('session-row');
    await session.filter({ hasText: 'Har mistet jobbet i oktober' }).waitFor();
    await expect(session.textContent()).resolves.toContain('gældsoverblik, budgetlægning');
    await expect(session.textContent()).resolves.toContain(`frist ${danish(addDays(today(), 7))}`);
    await session.getByRole('button', { name: 'Markér som udført' }).click();
    await session.filter({ hasText: `udført ${danish(today())}` }).waitFor();

    // The rent arrears come from the case's ledger: a priority debt, never typed in.
    const debts = page.getByTestId('debt-row');
    const rent = page.locator('[data-testid="debt-row"][data-from-ledger="true"]');
    await rent.waitFor();
    await expect(rent.textContent()).resolves.toContain('6.500,00 kr.');
    await expect(rent.textContent()).resolves.toContain('prioriteret');
    const debtForm = page.getByTestId('debt-form');
    await debtForm.getByLabel('Kreditor').fill('Hurtiglån ApS');
    await debtForm.getByLabel('Type').selectOption({ label: 'kviklån' });
    await debtForm.getByLabel('Skyldigt beløb (kr.)').fill('12.000');
    await debtForm.getByLabel('Betales pr. måned (kr.)').fill('1.000');
    await debtForm.getByRole('button', { name: 'Tilføj gælden' }).click();
    const loan = debts.filter({ hasText: 'Hurtiglån ApS' });
    await loan.waitFor();
    await expect(loan.getAttribute('data-priority')).resolves.toBe('false');
    await loan.getByRole('button', { name: 'Ret Hurtiglån ApS' }).click();
    await debtForm.getByLabel('Tilstand').selectOption({ label: 'under forhandling' });
    await debtForm.getByRole('button', { name: 'Gem ændringen' }).click();
    await loan.filter({ hasText: 'under forhandling' }).waitFor();
    await expect(page.getByTestId('debts-table').textContent()).resolves.toContain('18.500,00 kr.');

    // A budget, the ability to pay checked by hand: 18,000 − 6,500 (approved rent) − 7,240 (one adult).
    await page.getByTestId('referral-budget').getByText('Der er ikke lavet et budget endnu.').waitFor();
    const budgetForm = page.getByTestId('budget-form');
    await budgetForm.getByLabel('løn (kr. pr. måned)', { exact: true }).fill('18.000');
    await budgetForm.getByLabel('husleje (kr. pr. måned)', { exact: true }).fill('6.500');
    await budgetForm.getByLabel('husleje godkendt i betalingsevnen', { exact: true }).check();
    await budgetForm.getByLabel('mad (kr. pr. måned)', { exact: true }).fill('3.000');
    await budgetForm.getByRole('button', { name: 'Gem budgettet' }).click();
    await page.getByTestId('budget-ability-to-pay').filter({ hasText: '4.260,00 kr.' }).waitFor();
    await expect(page.getByTestId('budget-disposable').textContent()).resolves.toBe('8.500,00 kr.');
    await expectAccessible(page, 'referral-casework');
    await screenshot(page, 'referral-casework');
  });

  it("shows the API's refusal when a colleague took a step meanwhile, then the referral as it is now", async () => {
    const page = await app.newPage();
    await signInThroughForm(page, advisor.user.email);
    await page.goto(`/referrals/${older.id}`);
    await referralStatusIs(page, 'modtaget');
    // A colleague records the first contact after this page was read.
    await app.api.get(ReferralService).step(advisor.actor, older.id, older.version, {
      type: 'first_contact',
      on: today(),
    });
    await page.getByTestId('referral-close').getByRole('button', { name: 'Afslut henvisningen' }).click();
    const refusal = page.getByTestId('referral-steps').getByRole('alert');
    await expect(refusal.getAttribute('data-code')).resolves.toBe('STALE_VERSION');
    await expect(refusal.textContent()).resolves.toContain('ændret af en anden');
    await referralStatusIs(page, 'i kontakt');
    await expectAccessible(page, 'referral-step-refused');
  });

  it('shows an advisor of another provider, and an unknown referral, "not found"', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, otherAdvisor.user.email);
    await page.goto(`/referrals/${referralId}`);
    await page.getByTestId('not-found').waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain(TENANT);
    await expectAccessible(page, 'referral-not-found');
    await page.goto('/referrals/not-a-referral');
    await page.getByTestId('not-found').waitFor();
    await page.goto('/referrals');
    await page.getByTestId('referrals').getByRole('status').filter({ hasText: 'Ingen henvisninger.' }).waitFor();
  });

  it('agrees a payment plan on the case page and shows its instalments; completing early is refused', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, caseworker.user.email);
    await page.goto(`/cases/${worldCase.caseId}`);
    await caseReady(page);
    const form = page.getByTestId('plan-form');
    await expect(form.getByLabel('Beløb, der skal afdrages (kr.)').inputValue()).resolves.toBe('6.500,00');
    await form.getByLabel('Afdrag (kr.)').fill('2.500');
    await form.getByText('3 afdrag dækker beløbet.').waitFor();
    await form.getByLabel('Antal afdrag').fill('2');
    const firstDue = addDays(today(), 10);
    await form.getByLabel('Første afdrag forfalder').fill(firstDue);
    await form.getByRole('button', { name: 'Aftal afdragsordningen' }).click();
    // Two instalments of 2,500 kr. do not clear 6,500 kr.: the API's refusal, in its words.
    await expect(form.getByRole('alert').getAttribute('data-code')).resolves.toBe('PAYMENT_PLAN_DOES_NOT_CLEAR');
    await expectAccessible(page, 'case-plan-refused');

    await form.getByLabel('Antal afdrag').fill('3');
    await form.getByRole('button', { name: 'Aftal afdragsordningen' }).click();
    await page.getByTestId('case-stage').filter({ hasText: 'afdragsordning aftalt' }).waitFor();
    const plan = page.getByTestId('plan-view');
    await plan.waitFor();
    await expect(page.getByTestId('plan-status').textContent()).resolves.toBe('løbende');
    const instalments = page.getByTestId('plan-instalment');
    await expect(instalments.count()).resolves.toBe(3);
    await expect(instalments.nth(2).textContent()).resolves.toContain('1.500,00 kr.');
    await expect(page.getByTestId('plan-expected-balance').textContent()).resolves.toContain('6.500,00 kr.');
    await expect(page.getByTestId('plan-expected-balance').textContent()).resolves.toContain('Følger planen');
    await expect(page.getByTestId('plan-form').count()).resolves.toBe(0);
    await expectAccessible(page, 'case-plan');
    await screenshot(page, 'case-payment-plan');

    // The advisor reads the plan on the referral, read-only: it is agreed with the landlord.
    const advisorPage = await app.newPage();
    await signInThroughForm(advisorPage, advisor.user.email);
    await advisorPage.goto(`/referrals/${referralId}`);
    const advisorPlan = advisorPage.getByTestId('referral-plan');
    await advisorPlan.getByTestId('plan-instalment').nth(2).waitFor();
    await expect(advisorPlan.getByTestId('plan-status').textContent()).resolves.toBe('løbende');
    await expect(advisorPlan.getByRole('button').count()).resolves.toBe(0);
    await expectAccessible(advisorPage, 'referral-plan');

    // Completed only once the arrears are paid.
    await page.getByRole('button', { name: 'Registrér som gennemført' }).click();
    await expect(page.getByTestId('plan-end').getByRole('alert').getAttribute('data-code')).resolves.toBe(
      'ARREARS_NOT_PAID',
    );
    await page.getByRole('button', { name: 'Registrér som misligholdt' }).click();
    await page.getByTestId('plan-status').filter({ hasText: 'misligholdt' }).waitFor();
    await page.getByTestId('case-stage').filter({ hasText: 'registreret' }).waitFor();
    // The legal road is open again: a new plan may be agreed.
    await page.getByTestId('plan-form').waitFor();
    await expectAccessible(page, 'case-plan-broken');
  });
});
