/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Page } from 'playwright-core';
import { ConsentPurpose, Role } from '@app/domain';
import type { WorldCase, WorldUser } from '@app/testing';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const TENANT = 'Karen Holm';
const ADDRESS = 'Birkevej 12, 1. tv.';
const PROVIDER = 'Gældsrådgivningen Nord';
const MUNICIPALITY = 'Egedal Kommune';

/**
 * The tenants' consents on the case page (personal-data.md#consent): the caseworker's referral is
 * refused without the tenant's consent, they follow the refusal's link to the consents, record the
 * consent there and send the referral again without reloading; then they withdraw the consent
 * (after a confirmation) and the case's referral shows closed, consent withdrawn.
 */
describe('web application: consents on the case page', () => {
  let app: BrowserApp;
  let caseworker: WorldUser;
  let worldCase: WorldCase;

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    const { world } = app;
    const municipality = await world.municipality({ name: MUNICIPALITY });
    const { organisation, departments } = await world.organisation({ name: 'Boligselskabet Birken', municipality });
    const department = departments[0]!;
    caseworker = await world.user(Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    await world.counsellingProvider({ name: PROVIDER });
    const tenancy = await world.tenancy(department, {
      caseworker,
      tenancy: { address: ADDRESS },
      tenants: [{ name: TENANT, address: ADDRESS }],
    });
    worldCase = await world.caseAt('registered', { department, caseworker, tenancy });
    // An earlier consent to the municipality, run out: listed, not in force.
    await world.consent(tenancy.tenants[0]!, ConsentPurpose.MunicipalityCaseDetails, municipality.id, {
      by: caseworker,
      givenAt: new Date('2025-01-01T00:00:00Z'),
      expiresAt: new Date('2025-06-30T22:00:00Z'), // the start of 1 July in Copenhagen
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const caseReady = (page: Page) => page.locator('[data-testid="case-page"][data-ready="true"]').waitFor();

  it('records the consent the refusal asks for, refers, then withdraws it and the referral closes', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, caseworker.user.email);
    await page.goto(`/cases/${worldCase.caseId}`);
    await caseReady(page);

    const consents = page.getByTestId('case-consents');
    const expired = consents.getByTestId('consent').filter({ hasText: MUNICIPALITY });
    await expired.waitFor();
    await expect(expired.getAttribute('data-state')).resolves.toBe('expired');
    await expect(expired.textContent()).resolves.toContain('sagsoplysninger til kommunen');
    await expect(expired.textContent()).resolves.toContain('30-06-2025');
    // Nothing to withdraw on a consent that has run out.
    await expect(expired.getByRole('button').count()).resolves.toBe(0);

    // Refused without consent, in words that say what to do, with the way to the consents.
    const refer = page.getByTestId('refer-form');
    await refer.getByLabel('Gældsrådgivning').selectOption({ label: PROVIDER });
    await refer.getByRole('button', { name: 'Send henvisningen' }).click();
    const refusal = refer.locator('[data-code="REFERRAL_CONSENT_MISSING"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(`${TENANT} har ikke et samtykke i kraft`);
    await refusal.getByRole('link', { name: 'Registrér samtykket under lejernes samtykker' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('case-consents');

    // Recorded on the page: the form checks the recipient first, then the API takes it.
    const form = page.getByTestId('consent-form');
    await expect(form.getByLabel('Formål').inputValue()).resolves.toBe('debt-counselling');
    await form.getByRole('button', { name: 'Registrér samtykket' }).click();
    await form.getByText('Skal udfyldes.').waitFor();
    await form.getByLabel('Modtager (gældsrådgivning)').selectOption({ label: PROVIDER });
    await form.getByRole('button', { name: 'Registrér samtykket' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Samtykket fra ${TENANT} til gældsrådgivning hos ${PROVIDER} er registreret.` })
      .waitFor();
    const consent = consents.getByTestId('consent').filter({ hasText: PROVIDER });
    await consent.waitFor();
    await expect(consent.getAttribute('data-state')).resolves.toBe('in_force');
    await expect(consent.textContent()).resolves.toContain('ingen udløbsdato');
    // The refusal is gone: the consent it asked for is in force.
    await refusal.waitFor({ state: 'detached' });

    // The referral goes through without a reload.
    await refer.getByLabel('Gældsrådgivning').selectOption({ label: PROVIDER });
    await refer.getByRole('button', { name: 'Send henvisningen' }).click();
    await refer
      .getByRole('status')
      .filter({ hasText: `Henvisningen er sendt til ${PROVIDER}.` })
      .waitFor();
    const referral = page.getByTestId('case-referral').filter({ hasText: TENANT });
    await referral.waitFor();
    await expect(referral.getAttribute('data-status')).resolves.toBe('sent');
    await expectAccessible(page, 'case-consents');
    await consents.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-consents');

    // Withdrawn after a confirmation, by keyboard: the confirm button has the focus.
    await consent.getByRole('button', { name: `Tilbagekald samtykket til gældsrådgivning hos ${PROVIDER}` }).click();
    const confirm = consent.getByRole('button', { name: 'Ja, tilbagekald' });
    await confirm.waitFor();
    await expect(confirm.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expectAccessible(page, 'case-consent-confirm');
    // "Cancel" leaves it in force.
    await consent.getByRole('button', { name: 'Fortryd' }).click();
    await expect(consent.getAttribute('data-state')).resolves.toBe('in_force');
    await consent.getByRole('button', { name: `Tilbagekald samtykket til gældsrådgivning hos ${PROVIDER}` }).click();
    await confirm.waitFor();
    await page.keyboard.press('Enter');
    await consents
      .getByRole('status')
      .filter({ hasText: `Samtykket til gældsrådgivning hos ${PROVIDER} er tilbagekaldt.` })
      .waitFor();
    await consents.locator('[data-testid="consent"][data-state="withdrawn"]').filter({ hasText: PROVIDER }).waitFor();

    // The open referral on it closed, and the case page says so without a reload.
    await page.locator('[data-testid="case-referral"][data-status="closed"]').filter({ hasText: TENANT }).waitFor();
    await expect(referral.textContent()).resolves.toContain('Afsluttet: samtykke tilbagekaldt');
    await expectAccessible(page, 'case-consent-withdrawn');
  });
});
