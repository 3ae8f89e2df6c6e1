import { ConsentPurpose, Role, type PersonView } from '@app/domain';
import { type ReceivedEmail } from '@app/testing';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const COMMENT = 'Lejeren er kontaktet og har fået tid hos gældsrådgivningen.';

/** The first link of an email's plain text: what a person clicks. */
function linkIn(email: ReceivedEmail): string {
  const url = /https?:\/\/\S+/.exec(email.text)?.[0];
  if (!url) throw new Error(`No link in the email "${email.subject}":\n${email.text}`);
  return url;
}

/**
 * Issue 13 acceptance: the social worker opens the link from the warning email caught by the SMTP
 * sink, signs in, lands on the warning and acknowledges it; the caseworker then sees the
 * acknowledgement on the case page. Through the real API, worker, queues, SMTP and Chromium.
 */
describe('web application: the inbox and the warning page', () => {
  let app: BrowserApp;
  let socialWorker: string;
  let otherSocialWorker: string;
  let caseworker: string;
  let caseId: string;
  let mailbox: string;
  let warningEmail: ReceivedEmail;

  beforeAll(async () => {
    app = await startBrowserApp();
    const { world } = app;
    const municipality = await world.municipality({ name: 'Hvidovre' });
    mailbox = municipality.alertEmail;
    const {
      organisation,
      departments,
      caseworker: worker,
    } = await world.organisation({
      name: 'Hvidovre Bolig',
      municipality,
    });
    caseworker = worker.user.email;
    await world.agreement({
      municipalityId: municipality.id,
      housingOrganisationId: organisation.id,
      enabledWarnings: ['arrears-registered'],
    });
    socialWorker = (
      await world.user(Role.MunicipalSocialWorker, { municipalityId: municipality.id, name: 'Sofie Socialrådgiver' })
    ).user.email;
    const elsewhere = await world.municipality({ name: 'Brøndby' });
    otherSocialWorker = (await world.user(Role.MunicipalSocialWorker, { municipalityId: elsewhere.id })).user.email;

    // An older warning the social worker leaves unread: the inbox lists it before the newer, read one.
    const older = await world.tenancyIn(worker, departments[0]!.id, {
      name: 'Jens Hansen',
      address: 'Strandvej 3, st. tv., 2650 Hvidovre',
    });
    await world.registerArrears(worker, older.tenancyId, '2026-09-01');
    // Children in the household make the warning urgent: sent at once, and tagged so in the inbox.
    const { tenancyId, personId } = await world.tenancyIn(worker, departments[0]!.id, {
      name: 'Mette Lejer',
      address: 'Strandvej 17, 1. th., 2650 Hvidovre',
      childrenUnder18: 2,
    });
    // Her consent lets the municipality see the case and the warning's details (the other tenant gave none).
    await world.consent({ id: personId } as PersonView, ConsentPurpose.MunicipalityCaseDetails, municipality.id);
    caseId = await world.registerArrears(worker, tenancyId, '2026-09-01');
    // The mailbox was told of its registration first; the warnings follow through the outbox and the worker.
    const isWarning = (email: ReceivedEmail) =>
      email.to.includes(mailbox) && /Varsel om risiko/.test(email.subject) && email.text.includes('Mette Lejer');
    for (let count = 1; !app.sink.received.some(isWarning); count += 1) await app.sink.waitFor(count, 30_000);
    warningEmail = app.sink.received.find(isWarning)!;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('opens the link from the email after signing in, marks the warning read and acknowledges it with a comment', async () => {
    const link = linkIn(warningEmail);
    expect(link).toMatch(new RegExp(`^${app.baseUrl}/inbox/warnings/[0-9a-f-]{36}$`));
    expect(warningEmail.text).toContain(`Se varslet og kvittér for det: ${link}`);

    // A fresh browser, not signed in: the link leads to sign-in and back to exactly this warning.
    const page = await app.newPage();
    await page.goto(link);
    await page.waitForURL(/\/sign-in\?next=%2Finbox%2Fwarnings%2F/);
    await signInThroughForm(page, socialWorker);
    await page.waitForURL(link);
    await page.getByTestId('warning-page').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Restance registreret/i);
    const facts = (await page.getByTestId('warning-facts').textContent()) ?? '';
    expect(facts).toContain('Hvidovre Bolig');
    expect(facts).toContain('Haster');
    await expect(page.getByText('Mette Lejer').count()).resolves.toBeGreaterThan(0);
    // The consented details, and the case, which her consent puts in the social worker's scope.
    await page.getByText('Børn under 18 år i husstanden').waitFor();
    await expect(page.getByTestId('open-case').getAttribute('href')).resolves.toBe(`/cases/${caseId}`);
    // Opening the warning read it: the unread count in the navigation goes from 2 to 1.
    await page.getByTestId('unread-count').filter({ hasText: '1 ulæste' }).waitFor();
    await expectAccessible(page, 'warning');
    await screenshot(page, 'warning');

    await page.getByLabel('Kommentar (valgfri)').fill(COMMENT);
    await page.getByRole('button', { name: 'Kvittér', exact: true }).click();
    await page.getByTestId('acknowledgement').waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Varslet er kvitteret.');
    await expect(page.getByTestId('acknowledgement-comment').textContent()).resolves.toBe(COMMENT);
    await expectAccessible(page, 'warning-acknowledged');

    // The inbox lists the older, unread warning first, then this one: read, urgent and acknowledged.
    await page
      .getByRole('link', { name: /Indbakke/ })
      .first()
      .click();
    await page.getByTestId('inbox-table').waitFor();
    const rows = await page.getByTestId('inbox-item').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Ulæst.*Jens Hansen.*Ikke kvitteret$/s);
    expect(rows[0]).not.toContain('Haster');
    expect(rows[1]).toMatch(/^Læst.*Restance registreret.*Haster.*Mette Lejer.*Kvitteret/s);
    await expectAccessible(page, 'inbox');
    await screenshot(page, 'inbox');
  });

  it('keeps the filters in the address, and shows nothing for a filter nothing matches', async () => {
    const page = await app.newPage();
    await page.goto('/inbox');
    await signInThroughForm(page, socialWorker);
    await page.getByTestId('inbox-table').waitFor();
    await page.getByLabel('Kvittering').selectOption('false');
    await page.getByRole('button', { name: 'Filtrér', exact: true }).click();
    await page.waitForURL(/\/inbox\?acknowledged=false$/);
    await page.getByTestId('inbox-item').filter({ hasText: 'Jens Hansen' }).waitFor();
    // The unfiltered list (two items) may still be on screen, or be replaced, while the filtered one loads: wait for it.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="inbox-item"]').length === 1);
    await expect(page.getByTestId('inbox-item').allTextContents()).resolves.toEqual([
      expect.stringContaining('Jens Hansen'),
    ]);
    // The address keeps the filter: a reload (or a bookmark) shows the same.
    await page.reload();
    await page.getByTestId('inbox-item').waitFor();
    await expect(page.getByLabel('Kvittering').inputValue()).resolves.toBe('false');

    await page.getByLabel('Hast').selectOption('urgent');
    await page.getByRole('button', { name: 'Filtrér', exact: true }).click();
    await page.waitForURL(/\/inbox\?urgency=urgent&acknowledged=false$/);
    await page.getByTestId('inbox-empty').waitFor();
    await expectAccessible(page, 'inbox-empty');
    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.waitForURL(/\/inbox$/);
    await page.getByTestId('inbox-item').nth(1).waitFor();
  });

  it('works on a tablet, and in English', async () => {
    const page = await app.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(linkIn(warningEmail));
    await signInThroughForm(page, socialWorker);
    await page.getByTestId('acknowledgement').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Acknowledged' }).waitFor();
    await expect(page.getByTestId('acknowledgement').textContent()).resolves.toContain('you');
    await expectAccessible(page, 'warning-tablet-en');
    await page.getByRole('link', { name: 'Back to the inbox' }).click();
    await page.getByTestId('inbox-table').waitFor();
    await expectAccessible(page, 'inbox-tablet-en');
  });

  it('shows another municipality\'s social worker "not found" for the same link', async () => {
    const page = await app.newPage();
    await page.goto(linkIn(warningEmail));
    await signInThroughForm(page, otherSocialWorker);
    await page.getByTestId('not-found').waitFor();
    await expect(page.getByText('Mette Lejer').count()).resolves.toBe(0);
    await page.goto('/inbox/warnings/not-a-warning');
    await page.getByTestId('not-found').waitFor();
  });

  it("shows the caseworker the acknowledgement on the case page's warnings", async () => {
    const page = await app.newPage();
    await page.goto(`/cases/${caseId}`);
    await signInThroughForm(page, caseworker);
    const warnings = page.getByTestId('case-warnings');
    await warnings.getByTestId('case-warning').first().waitFor();
    const acknowledged = warnings.locator('[data-testid="case-warning"][data-state="acknowledged"]');
    await acknowledged.waitFor();
    const text = (await acknowledged.textContent()) ?? '';
    expect(text).toMatch(/Kvitteret af [^\n]*Hvidovre/);
    expect(text).toContain(COMMENT);
    expect(text).toContain(mailbox);
    expect(text).toMatch(/e-mail sendt/);
    await expectAccessible(page, 'case-warnings');
  });
});
