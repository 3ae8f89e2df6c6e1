/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Page } from 'playwright-core';
import { addDays, type IsoDate } from '@app/calendar';
import { ConsentPurpose, CustodyEpisodeService, Role, type CustodyEpisodeView } from '@app/domain';
import type { WorldCase, WorldUser } from '@app/testing';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const NEW_TENANT = 'Karsten Frost';
const NEW_ADDRESS = 'Ahornvej 3, 1. tv.';
const AWAY_TENANT = 'Jens Indsat';
const AWAY_ADDRESS = 'Køgevej 12, st.';
const INSTITUTION = 'Statsfængslet Østjylland';
const CONTACT = 'Søster Hansen';
const UNIT = 'Kriminalforsorgen Køge';
const LANDLORD = 'Boligforeningen Ahorn';

/** Today as the legal calendar counts it (Copenhagen), YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()) as IsoDate;
/** A date as the Danish screens show it (dd-mm-yyyy). */
const danish = (date: string) => date.split('-').reverse().join('-');

/**
 * Probation cooperation in the web application (issue 15, item 8; docs/web-probation.md): the
 * probation officer records a custody episode for a person who consented to the unit (a date the
 * API refuses is shown in its words beside the field), finds it in the list, corrects it and
 * records the release; the landlord's caseworker sees "tenant in custody since …, contact …" on the
 * case page and can name the unit, the landlord or the municipality in a probation-cooperation
 * consent; the municipality's social worker sees the recipient view only (no kind, no institution);
 * another unit's officer who opens the episode's address sees "not found".
 */
describe('web application: probation cooperation', () => {
  let app: BrowserApp;
  let officer: WorldUser;
  let otherOfficer: WorldUser;
  let caseworker: WorldUser;
  let socialWorker: WorldUser;
  let awayCase: WorldCase;
  let away: CustodyEpisodeView;
  const startedOn = () => addDays(today(), -30);

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    const { world } = app;
    const { organisation, departments, municipality } = await world.organisation({ name: LANDLORD });
    const department = departments[0]!;
    caseworker = await world.user(Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    const unit = await world.probationUnit({ name: UNIT });
    officer = await world.user(Role.ProbationOfficer, { probationUnitId: unit.id, name: 'Olga Tilsyn' });
    otherOfficer = await world.user(Role.ProbationOfficer, { probationUnitId: (await world.probationUnit()).id });
    socialWorker = await world.user(Role.MunicipalSocialWorker, { municipalityId: municipality.id });

    // A tenant with no episode yet, who consented to the unit: the officer records one.
    const fresh = await world.tenancy(department, {
      caseworker,
      tenancy: { address: NEW_ADDRESS },
      tenants: [{ name: NEW_TENANT, address: NEW_ADDRESS, municipalityId: municipality.id }],
    });
    await world.consent(fresh.tenants[0]!, ConsentPurpose.ProbationCooperation, unit.id, { by: caseworker });

    // A tenant already away, with an arrears case, whose consent names the unit, the landlord and the municipality.
    const awayTenancy = await world.tenancy(department, {
      caseworker,
      tenancy: { address: AWAY_ADDRESS },
      tenants: [{ name: AWAY_TENANT, address: AWAY_ADDRESS, municipalityId: municipality.id }],
    });
    const tenant = awayTenancy.tenants[0]!;
    for (const recipient of [unit.id, organisation.id, municipality.id]) {
      await world.consent(tenant, ConsentPurpose.ProbationCooperation, recipient, { by: caseworker });
    }
    awayCase = await world.caseAt('registered', { department, caseworker, tenancy: awayTenancy });
    away = await app.api.get(CustodyEpisodeService).record(officer.actor, {
      personId: tenant.id,
      kind: 'sentence',
      institution: INSTITUTION,
      startedOn: addDays(today(), -60),
      expectedReleaseOn: addDays(today(), 240),
      paroleOn: addDays(today(), 150),
      sentenceMonths: 10,
      contact: { kind: 'person', name: CONTACT, phone: '+45 12345678', email: null },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const stateIs = (page: Page, text: string) => page.getByTestId('episode-state').filter({ hasText: text }).waitFor();

  it('lets the officer record an episode, refused first in the API words, and find it in the list', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, officer.user.email);
    // The officer lands on the custody episodes; the open one is there.
    await page.waitForURL(/\/custody-episodes$/);
    await page.getByTestId('episode-row').filter({ hasText: AWAY_TENANT }).waitFor();
    await expectAccessible(page, 'custody-episodes');

    await page.getByRole('link', { name: 'Registrér en frihedsberøvelse' }).click();
    const form = page.getByTestId('episode-form');
    await form.waitFor();
    // Only persons who consented to the unit are offered.
    const people = await form.getByLabel('Lejer', { exact: true }).locator('option').allTextContents();
    expect(people).toEqual(expect.arrayContaining([expect.stringContaining(NEW_TENANT)]));
    // Nothing filled in: the page names what is missing before sending anything.
    await form.getByRole('button', { name: 'Registrér frihedsberøvelsen' }).click();
    await form.getByText('Skal udfyldes.').first().waitFor();
    await expectAccessible(page, 'episode-form-missing');

    await form.getByLabel('Lejer', { exact: true }).selectOption({ label: `${NEW_TENANT}, ${NEW_ADDRESS}` });
    await form.getByLabel('Art', { exact: true }).selectOption({ label: 'afsoning' });
    await form.getByLabel('Fængsel eller arresthus').fill(INSTITUTION);
    await form.getByLabel('Startdato').fill(startedOn());
    await form.getByLabel('Forventet løsladelse').fill(addDays(startedOn(), -1));
    await form.getByLabel('Straflængde i måneder').fill('6');
    await form.getByLabel('Kontaktpersonens navn').fill(CONTACT);
    await form.getByLabel('Telefon').fill('+45 12345678');
    await form.getByRole('button', { name: 'Registrér frihedsberøvelsen' }).click();
    // The API's refusal: its summary and, beside the field, its words.
    await form.locator('[data-code="CUSTODY_RELEASE_BEFORE_START"]').waitFor();
    await form.locator('.field-invalid').filter({ hasText: 'Må ikke ligge før startdatoen.' }).waitFor();
    await expectAccessible(page, 'episode-form-refused');
    await screenshot(page, 'custody-episode-form');

    await form.getByLabel('Forventet løsladelse').fill(addDays(startedOn(), 180));
    await form.getByRole('button', { name: 'Registrér frihedsberøvelsen' }).click();
    const episode = page.getByTestId('episode-page');
    await episode.waitFor();
    await expect(episode.getAttribute('data-view')).resolves.toBe('full');
    const facts = page.getByTestId('episode-facts');
    await expect(facts.textContent()).resolves.toContain(INSTITUTION);
    await expect(facts.textContent()).resolves.toContain('6 måneder');
    await expect(facts.textContent()).resolves.toContain(danish(startedOn()));
    await expect(page.getByTestId('episode-contact').textContent()).resolves.toBe(`${CONTACT}, +45 12345678`);
    await stateIs(page, 'åben');
    await expectAccessible(page, 'episode-page');
    await screenshot(page, 'custody-episode');

    // In the list, open ones first; the filter stands in the address.
    await page.getByRole('link', { name: 'Tilbage til frihedsberøvelserne' }).click();
    const rows = page.getByTestId('episode-row');
    await rows.filter({ hasText: NEW_TENANT }).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await screenshot(page, 'custody-episodes');
    await page.getByLabel('Tilstand').selectOption({ label: 'Afsluttede' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(/open=false/);
    await page.getByRole('status').filter({ hasText: 'Ingen frihedsberøvelser.' }).waitFor();
  });

  it('lets the officer correct the episode and record the release, which closes it', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, officer.user.email);
    await page.getByTestId('episode-row').filter({ hasText: NEW_TENANT }).getByRole('link').click();
    // The page's heading takes the focus as it opens, so a screen reader announces it.
    await page.getByRole('heading', { level: 1, name: `Frihedsberøvelse: ${NEW_TENANT}` }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    const edit = page.getByTestId('episode-edit');
    await edit.getByLabel('Fængsel eller arresthus').fill('Anstalten ved Horserød');
    await edit.getByLabel('Prøveløsladelse').fill(addDays(startedOn(), 120));
    await edit.getByRole('button', { name: 'Gem ændringerne' }).click();
    await edit.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
    await expect(page.getByTestId('episode-facts').textContent()).resolves.toContain('Anstalten ved Horserød');

    // A release in the future is the API's to refuse, in its words.
    const release = page.getByTestId('episode-release');
    await release.getByLabel('Løsladt den').fill(addDays(today(), 2));
    await release.getByRole('button', { name: 'Registrér løsladelsen' }).click();
    await release.locator('[data-code="CUSTODY_RELEASE_IN_FUTURE"]').waitFor();
    // By keyboard: Enter in the date field sends the form.
    await release.getByLabel('Løsladt den').fill(today());
    await release.getByLabel('Løsladt den').press('Enter');
    await stateIs(page, 'afsluttet');
    await expect(page.getByTestId('episode-facts').textContent()).resolves.toContain('løsladt');
    await expect(page.getByTestId('episode-edit').count()).resolves.toBe(0);
    await expectAccessible(page, 'episode-released');
  });

  it('shows the officer the overdue tasks first; the housing plan is decided and a task completed on the episode', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, officer.user.email);
    // The 10-month sentence began 60 days ago: its action plan (due within 4 weeks of arrival) is overdue.
    const overdue = page.getByTestId('overdue-task').filter({ hasText: AWAY_TENANT }).filter({ hasText: 'Handleplan' });
    await overdue.waitFor();
    const awayRow = page.getByTestId('episode-row').filter({ hasText: AWAY_TENANT });
    await awayRow.getByTestId('episode-overdue').waitFor();
    await expect(page.getByTestId('episode-row').first().textContent()).resolves.toContain(AWAY_TENANT);
    await expectAccessible(page, 'custody-episodes-overdue');

    await overdue.getByRole('link', { name: AWAY_TENANT }).click();
    const plan = page.getByTestId('housing-plan');
    await plan.getByText('Der er ikke besluttet en boligplan endnu.').waitFor();
    const form = page.getByTestId('housing-plan-form');
    await form
      .getByLabel('Beslutning', { exact: true })
      .selectOption({ label: 'Fremlejer hele boligen under fraværet' });
    await form.getByLabel('Fremlejens første dag').fill(addDays(today(), 14));
    await form.getByLabel('Fremlejens sidste dag').fill(addDays(today(), 200));
    await form.getByRole('button', { name: 'Registrér beslutningen' }).click();
    // Without the landlord's consent: refused in the API's words, nothing recorded.
    await form.locator('[data-code="HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT"]').waitFor();
    await expect(page.getByTestId('housing-plan-row').count()).resolves.toBe(0);
    await form.getByLabel('Udlejerens samtykke den').fill(today());
    await form.getByRole('button', { name: 'Registrér beslutningen' }).click();
    const row = page.getByTestId('housing-plan-row');
    await row.waitFor();
    await expect(row.getAttribute('data-option')).resolves.toBe('sublet');
    await expect(row.getAttribute('data-in-force')).resolves.toBe('true');
    await expect(row.textContent()).resolves.toContain(`Fremlejet ${danish(addDays(today(), 14))}`);

    const actionPlan = page.getByTestId('release-task').filter({ hasText: 'Handleplan' });
    await expect(actionPlan.getAttribute('data-state')).resolves.toMatch(/overdue|escalated/);
    await expectAccessible(page, 'episode-plan-and-tasks');
    await screenshot(page, 'custody-episode-planning');
    // By keyboard: the button opens the date field with the focus on it; Enter saves today.
    await actionPlan.getByRole('button', { name: 'Markér som udført: Handleplan' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).resolves.toBe('date');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('release-tasks')
      .getByRole('status')
      .filter({ hasText: 'Handleplan er markeret som udført.' })
      .waitFor();
    await page.locator('[data-testid="release-task"][data-kind="action_plan"][data-state="done"]').waitFor();
  });

  it('shows the caseworker "tenant in custody since …, contact …" on the case page, and the three recipients of the consent', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, caseworker.user.email);
    await page.goto(`/cases/${awayCase.caseId}`);
    await page.locator('[data-testid="case-page"][data-ready="true"]').waitFor();
    const banner = page.getByTestId('custody-banner');
    await expect(banner.textContent()).resolves.toContain(
      `${AWAY_TENANT} er frihedsberøvet siden ${danish(away.startedOn)}.`,
    );
    await expect(page.getByTestId('custody-contact').textContent()).resolves.toBe(
      `Kontakt for post: ${CONTACT}, +45 12345678.`,
    );
    await expect(banner.textContent()).resolves.toContain('Send en kopi til kontakten.');
    // Nothing about the custody beyond that.
    await expect(banner.textContent()).resolves.not.toContain(INSTITUTION);
    await expectAccessible(page, 'case-custody-banner');
    await screenshot(page, 'case-custody-banner');
    await banner.getByTestId('open-episode').waitFor();

    const form = page.getByTestId('consent-form');
    await form.getByLabel('Formål').selectOption({ label: 'samarbejde med Kriminalforsorgen' });
    const recipient = form.getByLabel('Modtager (kriminalforsorgen, udlejer eller kommune)');
    const groups = await recipient
      .locator('optgroup')
      .evaluateAll((list) => list.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toEqual(['Kriminalforsorgen', 'Udlejere (boligorganisationer)', 'Kommuner']);
    await expect(recipient.locator('optgroup').nth(1).textContent()).resolves.toContain(LANDLORD);

    // The banner leads to the episode as the landlord sees it.
    await banner.getByRole('link', { name: 'Åbn frihedsberøvelsen' }).click();
    await page.locator('[data-testid="episode-page"][data-view="recipient"]').waitFor();
    await expect(page.getByTestId('episode-facts').textContent()).resolves.not.toContain(INSTITUTION);
  });

  it('shows the municipality the recipient view only: away since, expected return, contact', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, socialWorker.user.email);
    // The custody notice in the inbox (a warning without a case): the same facts, and the contact.
    await page.waitForURL(/\/inbox$/);
    await page
      .getByTestId('inbox-item')
      .filter({ hasText: 'Lejeren er frihedsberøvet' })
      .getByRole('link')
      .first()
      .click();
    await page.getByTestId('warning-page').waitFor();
    await expect(page.getByTestId('custody-notice-contact').textContent()).resolves.toBe(`${CONTACT}, +45 12345678`);
    const notice = (await page.getByTestId('warning-page').textContent()) ?? '';
    expect(notice).toContain(danish(away.paroleOn!));
    expect(notice).not.toContain(INSTITUTION);
    await expect(page.getByTestId('open-case').count()).resolves.toBe(0);
    await expectAccessible(page, 'custody-notice');
    await page.getByTestId('open-episodes').click();
    const row = page.getByTestId('episode-row').filter({ hasText: AWAY_TENANT });
    await row.waitFor();
    await expect(row.getAttribute('data-view')).resolves.toBe('recipient');
    const headers = await page.getByTestId('episodes-table').locator('thead th').allTextContents();
    expect(headers).not.toContain('Art');
    expect(headers).not.toContain('Fængsel eller arresthus');
    await expect(page.getByTestId('episodes-table').textContent()).resolves.not.toContain(INSTITUTION);
    await expect(page.getByRole('link', { name: 'Registrér en frihedsberøvelse' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'custody-episodes-recipient');

    await row.getByRole('link', { name: AWAY_TENANT }).click();
    const facts = page.getByTestId('episode-facts');
    await facts.waitFor();
    const text = (await facts.textContent()) ?? '';
    expect(text).toContain(AWAY_ADDRESS);
    expect(text).toContain(danish(away.startedOn));
    expect(text).toContain(danish(away.paroleOn!));
    expect(text).toContain(CONTACT);
    expect(text).not.toContain(INSTITUTION);
    expect(text).not.toContain('afsoning');
    expect(text).not.toContain('måneder');
    await expect(page.getByTestId('episode-edit').count()).resolves.toBe(0);
    // The plan in force, without who decided; the municipality's own tasks only can be marked done.
    const plan = page.getByTestId('housing-plan-row');
    await plan.waitFor();
    await expect(plan.getAttribute('data-option')).resolves.toBe('sublet');
    await expect(plan.textContent()).resolves.not.toContain('Olga Tilsyn');
    await page.getByTestId('release-task').first().waitFor();
    await expect(
      page.getByTestId('release-task').filter({ hasText: 'Handleplan' }).getByRole('button').count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'episode-recipient');

    // In English too, from the same catalogue.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Custody episode: ${AWAY_TENANT}` }).waitFor();
    await expect(facts.textContent()).resolves.toContain('Expected return');
    await expectAccessible(page, 'episode-recipient-english');
  });

  it('shows another unit\'s officer "not found" at the episode\'s address, and nothing of it', async () => {
    const page = await app.newPage();
    await signInThroughForm(page, otherOfficer.user.email);
    await page.goto(`/custody-episodes/${away.id}`);
    await page.getByTestId('not-found').waitFor();
    await expect(page.locator('body').textContent()).resolves.not.toContain(AWAY_TENANT);
    await page.goto('/custody-episodes/not-an-id');
    await page.getByTestId('not-found').waitFor();
    await expectAccessible(page, 'episode-not-found');
  });
});
