/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
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
 * The administrator's screens (issue 13): the directory, users, cooperation agreements,
 * notification settings and the link to the queue board, walked through in Chromium as an
 * administrator does it, with every refusal shown in the API's words; and a manager, who has no
 * admin rights, finding "not found" at their addresses.
 */
describe('web application: the administrator', () => {
  let app: BrowserApp;
  let adminEmail: string;
  let managerEmail: string;

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    adminEmail = (await app.world.user(Role.Administrator, { name: 'Ada Administrator' })).user.email;
    const organisation = await app.world.housingOrganisation({ name: 'Lederens Boligselskab' });
    managerEmail = (
      await app.world.user(Role.Manager, { housingOrganisationId: organisation.id, name: 'Mads Manager' })
    ).user.email;
  });

  afterAll(async () => {
    await app?.close();
  });

  const form = (page: Page, name: string): Locator => page.getByRole('form', { name });
  const alertIn = (scope: Locator | Page): Locator => scope.getByRole('alert').first();

  it('builds the directory: a municipality, a housing organisation with a department; refusals in the API’s words', async () => {
    const page = await app.newPage();
    await page.goto('/directory');
    await signInThroughForm(page, adminEmail);
    await page.waitForURL(/\/directory$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Organisationer');
    await expectAccessible(page, 'admin-directory');

    // A municipality.
    const municipalities = page.getByTestId('municipalities');
    await municipalities.getByRole('button', { name: 'Tilføj kommune' }).click();
    let municipalityForm = form(page, 'Ny kommune');
    await expectAccessible(page, 'admin-directory-municipality-form');
    await municipalityForm.getByLabel('Kommunekode').fill('860');
    await municipalityForm.getByLabel('Navn').fill('Testrup');
    await municipalityForm.getByLabel('Postkasse til varsler').fill('varsler@testrup.dk');
    await municipalityForm.getByRole('button', { name: 'Gem' }).click();
    await municipalities.getByRole('status').filter({ hasText: 'Testrup er gemt.' }).waitFor();
    await municipalities.getByRole('row', { name: /Testrup/ }).waitFor();

    // The same code again: the API's refusal, beside the field.
    await municipalities.getByRole('button', { name: 'Tilføj kommune' }).click();
    municipalityForm = form(page, 'Ny kommune');
    await municipalityForm.getByLabel('Kommunekode').fill('860');
    await municipalityForm.getByLabel('Navn').fill('Testrup igen');
    await municipalityForm.getByLabel('Postkasse til varsler').fill('varsler2@testrup.dk');
    await municipalityForm.getByRole('button', { name: 'Gem' }).click();
    const taken = da.directory.municipalityCodeTaken({ code: '860' });
    await expect(alertIn(municipalityForm).textContent()).resolves.toContain(taken);
    await expect(municipalityForm.getByLabel('Kommunekode').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'admin-directory-refused');
    await municipalityForm.getByRole('button', { name: 'Fortryd' }).click();

    // A housing organisation: a CVR number that is not eight digits is refused, then put right.
    const organisations = page.getByTestId('housing-organisations');
    await organisations.getByRole('button', { name: 'Tilføj boligorganisation' }).click();
    const organisationForm = form(page, 'Ny boligorganisation');
    await organisationForm.getByLabel('Navn').fill('Testrup Boligselskab');
    await organisationForm.getByLabel('CVR-nummer').fill('123');
    await organisationForm.getByLabel('Kontaktpostkasse').fill('udlejning@testrup-bolig.dk');
    await organisationForm.getByRole('button', { name: 'Gem' }).click();
    await alertIn(organisationForm).waitFor();
    await expect(organisationForm.getByLabel('CVR-nummer').getAttribute('aria-invalid')).resolves.toBe('true');
    await organisationForm.getByLabel('CVR-nummer').fill('12345678');
    await organisationForm.getByRole('button', { name: 'Gem' }).click();
    await organisations.getByRole('row', { name: /Testrup Boligselskab/ }).waitFor();

    // Changing it: an emptied contact mailbox is cleared (sent as null), the CVR number stays.
    await organisations.getByRole('button', { name: 'Redigér Testrup Boligselskab' }).click();
    const organisationEdit = form(page, 'Redigér boligorganisationen Testrup Boligselskab');
    await expect(organisationEdit.getByLabel('CVR-nummer').inputValue()).resolves.toBe('12345678');
    await organisationEdit.getByLabel('Kontaktpostkasse').fill('');
    await organisationEdit.getByRole('button', { name: 'Gem' }).click();
    await organisations.getByRole('status').filter({ hasText: 'Testrup Boligselskab er gemt.' }).waitFor();
    const [stored] = await app.database.query<{ cvr: string; contact_email: string | null }>(
      "SELECT cvr, contact_email FROM housing_organisation WHERE name = 'Testrup Boligselskab'",
    );
    expect(stored).toEqual({ cvr: '12345678', contact_email: null });

    // Its department, in the new municipality.
    const departments = page.getByTestId('departments');
    await departments.getByRole('button', { name: 'Tilføj afdeling' }).click();
    const departmentForm = form(page, 'Ny afdeling');
    await departmentForm.getByLabel('Boligorganisation').selectOption({ label: 'Testrup Boligselskab' });
    await departmentForm.getByLabel('Kommune').selectOption({ label: 'Testrup (860)' });
    await departmentForm.getByLabel('Afdelingsnummer').fill('7');
    await departmentForm.getByLabel('Navn').fill('Solgården');
    await departmentForm.getByLabel('Adresse').fill('Solvej 1-40, 8600 Testrup');
    await expectAccessible(page, 'admin-directory-department-form');
    await departmentForm.getByRole('button', { name: 'Gem' }).click();
    const departmentRow = departments.getByRole('row', { name: /Solgården/ });
    await departmentRow.waitFor();
    await expect(departmentRow.textContent()).resolves.toContain('Testrup Boligselskab');

    // The municipality is in use now: its delete is refused, in the API's words.
    await municipalities.getByRole('button', { name: 'Slet Testrup' }).click();
    // The question takes the focus, so the keyboard is where the choice is.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ja, slet');
    await expectAccessible(page, 'admin-directory-confirm-delete');
    await municipalities.getByRole('button', { name: 'Ja, slet' }).click();
    await expect(alertIn(municipalities).textContent()).resolves.toContain('kan ikke slettes');
    await municipalities
      .getByRole('row', { name: /Testrup/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'admin-directory-delete-refused');

    // Changing a municipality keeps its code and changes its mailbox.
    await municipalities.getByRole('button', { name: 'Fortryd' }).click();
    await municipalities.getByRole('button', { name: 'Redigér Testrup' }).click();
    const editForm = form(page, 'Redigér kommunen Testrup');
    await expect(editForm.getByLabel('Kommunekode').count()).resolves.toBe(0);
    await editForm.getByLabel('Postkasse til varsler').fill('boligvarsler@testrup.dk');
    await editForm.getByRole('button', { name: 'Gem' }).click();
    await municipalities.getByRole('row', { name: /boligvarsler@testrup\.dk/ }).waitFor();

    // A probation unit and a debt-counselling provider, one added and one deleted.
    const units = page.getByTestId('probation-units');
    await units.getByRole('button', { name: 'Tilføj enhed' }).click();
    const unitForm = form(page, 'Ny enhed i Kriminalforsorgen');
    await unitForm.getByLabel('Navn').fill('Kriminalforsorgen Testrup');
    await unitForm.getByLabel('Kontaktpostkasse').fill('kif@testrup.dk');
    await unitForm.getByRole('button', { name: 'Gem' }).click();
    await units.getByRole('row', { name: /Kriminalforsorgen Testrup/ }).waitFor();
    await units.getByRole('button', { name: 'Slet Kriminalforsorgen Testrup' }).click();
    await units.getByRole('button', { name: 'Ja, slet' }).click();
    await units.getByRole('status').filter({ hasText: 'er slettet' }).waitFor();
    // The list refetches after the status shows: wait for the row to go, then count (under load it was still there).
    await units.getByRole('row', { name: /Kriminalforsorgen Testrup/ }).waitFor({ state: 'detached' });
    await expect(units.getByRole('row', { name: /Kriminalforsorgen Testrup/ }).count()).resolves.toBe(0);

    const providers = page.getByTestId('counselling-providers');
    await providers.getByRole('button', { name: 'Tilføj gældsrådgivning' }).click();
    const providerForm = form(page, 'Ny gældsrådgivning');
    await providerForm.getByLabel('Navn').fill('Gældsrådgivning Testrup');
    await providerForm.getByLabel('Kontaktpostkasse').fill('raad@testrup.dk');
    await providerForm.getByRole('button', { name: 'Gem' }).click();
    await providers.getByRole('row', { name: /Gældsrådgivning Testrup/ }).waitFor();

    await expectAccessible(page, 'admin-directory-filled');
    await screenshot(page, 'admin-directory');

    // On a tablet the same screen stays usable and accessible.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectAccessible(page, 'admin-directory-tablet');
  });

  it('creates a caseworker limited to a department, refuses a short password, disables and enables', async () => {
    const { organisation, departments } = await app.world.organisation({
      name: 'Brugernes Boligselskab',
      departments: 2,
    });
    const page = await app.newPage();
    await signInThroughForm(page, adminEmail);
    await page.getByRole('link', { name: 'Brugere' }).click();
    await page.waitForURL(/\/users$/);
    await page.getByTestId('users').waitFor();
    await expectAccessible(page, 'admin-users');

    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const userForm = form(page, 'Ny bruger');
    await userForm.getByLabel('E-mail').fill('sara@brugernes-bolig.dk');
    await userForm.getByLabel('Navn').fill('Sara Sagsbehandler');
    await userForm.getByLabel('Rolle').selectOption('housing_caseworker');
    // Before an organisation is chosen there are no departments to choose.
    await userForm.getByText(da.webAdmin.users.departmentsChooseOrganisation).waitFor();
    await userForm.getByLabel('Boligorganisation').selectOption({ label: organisation.name });
    await userForm.getByLabel(`${departments[1]!.number} ${departments[1]!.name}`).check();
    await userForm.getByLabel('Adgangskode').fill('for-kort');
    await expectAccessible(page, 'admin-users-form');
    await userForm.getByRole('button', { name: 'Gem' }).click();
    await expect(alertIn(userForm).textContent()).resolves.toContain(da.access.PASSWORD_TOO_WEAK);
    await expectAccessible(page, 'admin-users-refused');

    await userForm.getByLabel('Adgangskode').fill('en-lang-nok-adgangskode');
    await userForm.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').filter({ hasText: 'Brugeren Sara Sagsbehandler er oprettet.' }).waitFor();
    const row = page.getByTestId('users').getByRole('row', { name: /Sara Sagsbehandler/ });
    await expect(row.textContent()).resolves.toContain(organisation.name);
    await expect(row.textContent()).resolves.toContain('1 afdeling(er)');
    await expect(row.textContent()).resolves.toContain('Aktiv');

    // The role's scope is checked by the API: a probation officer without a unit is refused in its words.
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const second = form(page, 'Ny bruger');
    await second.getByLabel('E-mail').fill('per@kif.dk');
    await second.getByLabel('Navn').fill('Per Probation');
    await second.getByLabel('Rolle').selectOption('probation_officer');
    await second.getByLabel('Adgangskode').fill('en-lang-nok-adgangskode');
    await second.getByRole('button', { name: 'Gem' }).click();
    await expect(alertIn(second).getAttribute('data-code')).resolves.toBe('SCOPE_MISMATCH');
    // A manager chooses which kind of organisation they lead.
    await second.getByLabel('Rolle').selectOption('manager');
    await second.getByRole('radio', { name: 'En kommune' }).check();
    await second.getByLabel('Kommune', { exact: true }).waitFor();
    await expectAccessible(page, 'admin-users-manager-form');
    await second.getByRole('button', { name: 'Fortryd' }).click();

    // Changing the user: name and team lead; role and organisation stay.
    await page.getByRole('button', { name: 'Redigér Sara Sagsbehandler' }).click();
    const edit = form(page, 'Redigér brugeren Sara Sagsbehandler');
    await expect(edit.getByLabel('Rolle').count()).resolves.toBe(0);
    await edit.getByLabel('Teamleder').check();
    await expectAccessible(page, 'admin-users-edit');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').filter({ hasText: 'Sara Sagsbehandler er gemt.' }).waitFor();
    await row.getByText('Teamleder').waitFor();

    // A new password: too short is refused; a good one is set.
    await page.getByRole('button', { name: 'Ny adgangskode til Sara Sagsbehandler' }).click();
    const password = form(page, 'Ny adgangskode til Sara Sagsbehandler');
    await password.getByLabel('Ny adgangskode').fill('kort');
    await password.getByRole('button', { name: 'Gem' }).click();
    await expect(alertIn(password).textContent()).resolves.toContain(da.access.PASSWORD_TOO_WEAK);
    await expectAccessible(page, 'admin-users-password-refused');
    await password.getByLabel('Ny adgangskode').fill('endnu-en-lang-adgangskode');
    await password.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').filter({ hasText: 'har fået en ny adgangskode' }).waitFor();

    await page.getByRole('button', { name: 'Spær Sara Sagsbehandler' }).click();
    await page.getByRole('status').filter({ hasText: 'er spærret' }).waitFor();
    await row.getByText('Spærret').waitFor();
    await expectAccessible(page, 'admin-users-disabled');
    await screenshot(page, 'admin-users');
    await page.getByRole('button', { name: 'Genåbn Sara Sagsbehandler' }).click();
    await row.getByText('Aktiv').waitFor();

    // The list by role.
    await page.getByLabel('Vis rolle').selectOption('manager');
    await page
      .getByTestId('users')
      .getByRole('row', { name: /Mads Manager/ })
      .waitFor();
    await expect(
      page
        .getByTestId('users')
        .getByRole('row', { name: /Sara Sagsbehandler/ })
        .count(),
    ).resolves.toBe(0);

    // In English, and on a tablet.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Create a user' }).waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectAccessible(page, 'admin-users-english-tablet');
    await page.getByRole('button', { name: 'Dansk' }).click();
  });

  it('makes a cooperation agreement: kroner to øre, an invalid period refused in the API’s words', async () => {
    const municipality = await app.world.municipality({ name: 'Aftalerup' });
    const organisation = await app.world.housingOrganisation({ name: 'Aftalernes Boligselskab' });
    const page = await app.newPage();
    await signInThroughForm(page, adminEmail);
    await page.getByRole('link', { name: 'Samarbejdsaftaler' }).click();
    await page.waitForURL(/\/agreements$/);
    await page.getByRole('heading', { level: 1, name: 'Samarbejdsaftaler' }).waitFor();
    await page.getByText(da.webAdmin.common.empty).or(page.getByTestId('agreements')).first().waitFor();
    await expectAccessible(page, 'admin-agreements');

    await page.getByRole('button', { name: 'Ny samarbejdsaftale' }).click();
    const agreementForm = form(page, 'Ny samarbejdsaftale');
    await agreementForm.getByLabel('Kommune').selectOption({ label: municipality.name });
    await agreementForm.getByLabel('Boligorganisation').selectOption({ label: organisation.name });
    await agreementForm.getByLabel('Restance registreret').check();
    await agreementForm.getByLabel('Påmindelse før udsættelsen').check();
    await agreementForm.getByLabel('Restance fra (kr.)').fill('fem tusind');
    await agreementForm.getByRole('button', { name: 'Gem' }).click();
    await expect(alertIn(agreementForm).textContent()).resolves.toContain(da.webAdmin.agreements.thresholdInvalid);
    await expectAccessible(page, 'admin-agreements-form-invalid');

    await agreementForm.getByLabel('Restance fra (kr.)').fill('5.000,50');
    await agreementForm.getByLabel('Påmindelse (hverdage før udsættelsen)').fill('7');
    await agreementForm.getByLabel('Gælder fra').fill('2026-01-01');
    await agreementForm.getByLabel('Gælder til').fill('2025-06-30');
    await agreementForm.getByRole('button', { name: 'Gem' }).click();
    await expect(alertIn(agreementForm).textContent()).resolves.toContain(da.warnings.errors.AGREEMENT_PERIOD_INVALID);
    await expectAccessible(page, 'admin-agreements-refused');

    await agreementForm.getByLabel('Gælder til').fill('');
    await agreementForm.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').filter({ hasText: 'er gemt' }).waitFor();
    const row = page.getByTestId('agreements').getByRole('row', { name: /Aftalerup/ });
    const text = await row.textContent();
    expect(text).toContain('Aftalernes Boligselskab');
    expect(text).toContain('5.000,50 kr.');
    expect(text).toContain('Restance registreret');
    expect(text).toContain('7 hverdage før');
    expect(text).toContain('indtil videre');
    await expectAccessible(page, 'admin-agreements-listed');

    // What the API stored: øre, not kroner.
    const stored = await app.database.query<{ arrears_threshold_ore: string }>(
      'SELECT arrears_threshold_ore FROM cooperation_agreement WHERE municipality_id = $1',
      [municipality.id],
    );
    expect(Number(stored[0]!.arrears_threshold_ore)).toBe(500_050);

    // Changing it opens the form filled in.
    await page.getByRole('button', { name: `Redigér aftalen mellem Aftalerup og Aftalernes Boligselskab` }).click();
    const edit = form(page, 'Redigér aftalen mellem Aftalerup og Aftalernes Boligselskab');
    await expect(edit.getByLabel('Restance fra (kr.)').inputValue()).resolves.toBe('5.000,50');
    await expect(edit.getByLabel('Restance registreret').isChecked()).resolves.toBe(true);
    // The pair is the agreement's identity: shown, not offered for change.
    await expect(edit.getByRole('combobox').count()).resolves.toBe(0);
    await expectAccessible(page, 'admin-agreements-edit');
  });

  it('sets notification settings, its own and a mailbox’s; opens the queue board in a new tab', async () => {
    const municipality = await app.world.municipality({ name: 'Postrup', alertEmail: 'varsler@postrup.dk' });
    const page = await app.newPage();
    await signInThroughForm(page, adminEmail);
    await page.getByRole('link', { name: 'Underretninger' }).click();
    await page.waitForURL(/\/notification-settings$/);
    await page.getByRole('radio', { name: 'Med det samme' }).first().waitFor();
    await expectAccessible(page, 'admin-notification-settings');

    await page.getByRole('radio', { name: 'Samlet én gang om dagen' }).first().check();
    await page.getByRole('button', { name: 'Gem' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).waitFor();

    // An address that is not one: the API's words.
    await page.getByLabel('Postkassens e-mailadresse').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Vis indstillinger' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(da.warnings.errors.INVALID_EMAIL);
    await expectAccessible(page, 'admin-notification-settings-refused');

    await page.getByLabel('Postkassens e-mailadresse').fill(municipality.alertEmail);
    await page.getByRole('button', { name: 'Vis indstillinger' }).click();
    const mailbox = form(page, `Indstillinger for ${municipality.alertEmail}`);
    await mailbox.getByText(da.webAdmin.notifications.isDefault).waitFor();
    await mailbox.getByRole('radio', { name: 'Ingen e-mails' }).check();
    await mailbox.getByLabel('Sprog i e-mails').selectOption('en');
    await mailbox.getByRole('button', { name: 'Gem' }).click();
    await mailbox.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).waitFor();
    await expectAccessible(page, 'admin-notification-settings-mailbox');
    const stored = await app.database.query<{ delivery: string; language: string }>(
      'SELECT delivery, language FROM notification_setting WHERE email = $1',
      [municipality.alertEmail],
    );
    expect(stored).toEqual([{ delivery: 'none', language: 'en' }]);

    // The queue board: the cookie is set through the API, and the board opens in a new tab.
    await page.getByRole('link', { name: 'Organisationer' }).click();
    const opened = page.context().waitForEvent('page');
    await page.getByRole('button', { name: /Åbn køoversigten/ }).click();
    const board = await opened;
    await board.waitForURL(/\/admin\/queues/);
    const response = await board.reload();
    expect(response?.status()).toBe(200);
    await page.getByRole('status').filter({ hasText: 'Køoversigten er åbnet i en ny fane.' }).waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'ep_admin_session');
    expect(cookie?.httpOnly).toBe(true);
    await expectAccessible(page, 'admin-queue-board-link');
  });

  it('a manager (no admin rights) finds "not found" at the admin addresses, never a crash', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, managerEmail);
    for (const path of ['/directory', '/users', '/agreements', '/notification-settings']) {
      await page.goto(path);
      await page.getByTestId('not-found').waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(da.web.notFound.title);
    }
    await expectAccessible(page, 'admin-not-found-for-manager');
    await expect(page.getByRole('link', { name: 'Organisationer' }).count()).resolves.toBe(0);
  });
});
