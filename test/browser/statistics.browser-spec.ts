import { readFile } from 'node:fs/promises';
import { messagesFor } from '@app/i18n';
import { Role } from '@app/domain';
import {
  expectAccessible,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from './support/browser-app.js';

const da = messagesFor('da');

/**
 * Issue 16 acceptance (item 6): the manager sees the charts drawn with the expected data points,
 * suppressed cells as "<5" and never 0, and downloads an export; a manager of another
 * organisation sees only their own. Through the real API and Chromium.
 */
describe('web application: the statistics dashboard', () => {
  let app: BrowserApp;
  let manager: string;
  let otherManager: string;
  let organisations: { a: string; b: string; c: string };
  const year = new Date().getFullYear();
  const view = `/statistics?period=year&from=${year}-01-01&to=${year}-12-31&groupBy=department`;

  beforeAll(async () => {
    app = await startBrowserApp({ worker: false });
    const { world } = app;
    const a = await world.organisation({ name: 'Vestegnens Bolig', departments: 0 });
    const department = (number: string, name: string, org = a) =>
      world.department(org.organisation.id, org.municipality.id, number, { name });
    const nord = await department('1', 'Nord');
    const syd = await department('2', 'Syd');
    const oest = await department('3', 'Øst');
    for (let n = 0; n < 7; n++) await world.caseAt('registered', { department: nord, caseworker: a.caseworker });
    for (let n = 0; n < 6; n++) await world.caseAt('registered', { department: syd, caseworker: a.caseworker });
    for (let n = 0; n < 2; n++) await world.caseAt('registered', { department: oest, caseworker: a.caseworker });
    manager = (await world.user(Role.Manager, { housingOrganisationId: a.organisation.id })).user.email;

    const b = await world.organisation({ name: 'Østkystens Bolig', departments: 0 });
    const fremmed = await department('1', 'Fremmed', b);
    for (let n = 0; n < 6; n++) await world.caseAt('registered', { department: fremmed, caseworker: b.caseworker });
    otherManager = (await world.user(Role.Manager, { housingOrganisationId: b.organisation.id })).user.email;

    // A fit of the risk model, inserted directly (the refit itself is tested in
    // risk-model-comparison.e2e-spec.ts): A evicts more than expected, B fewer, C's 2 and D's 3 are hidden.
    // Two small units, so each hides the other and no secondary suppression touches A or B.
    const c = await world.organisation({ name: 'Tredje Bolig', departments: 0 });
    const d = await world.organisation({ name: 'Fjerde Bolig', departments: 0 });
    organisations = { a: a.organisation.id, b: b.organisation.id, c: c.organisation.id };
    const [fit] = await app.database.query<{ id: string }>(
      `INSERT INTO risk_model_fit (id, fitted_at, data_from, data_to, method, coefficients, n_cases, n_events,
                                   iterations, log_likelihood, expected_total)
       VALUES (gen_random_uuid(), '2026-03-02T05:00:00Z', '2024-03-01T00:00:00Z', '2026-03-01T00:00:00Z',
               'newton-raphson-irls/1', '[{"name":"intercept","estimate":-2.1,"standardError":0.1}]', 422, 65,
               6, -150.5, 64.5)
       RETURNING id`,
    );
    for (const [unit, cases, actual, expected] of [
      [a.organisation.id, 200, 40, 30],
      [b.organisation.id, 200, 20, 30],
      [c.organisation.id, 10, 2, 2],
      [d.organisation.id, 12, 3, 2.5],
    ] as const) {
      await app.database.query(
        `INSERT INTO risk_model_comparison (fit_id, level, unit_id, n_cases, actual, expected)
         VALUES ($1, 'housing_organisation', $2, $3, $4, $5)`,
        [fit!.id, unit, cases, actual, expected],
      );
    }
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  const rowsOf = (page: Awaited<ReturnType<BrowserApp['newPage']>>, slug: string) =>
    page
      .getByTestId(`table-${slug}`)
      .locator('tr[data-group]')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));

  it('shows the manager the charts with the expected points, "<5" where suppressed, and downloads an export', async () => {
    const page = await app.newPage();
    await page.goto(view);
    await signInThroughForm(page, manager);
    await page.getByRole('heading', { level: 1, name: da.webStatistics.title }).waitFor();
    await page.getByTestId('table-inflow').waitFor();

    // The inflow table: Øst's 2 is under 5, and one more department is hidden so that the
    // total (15) does not give it away; no hidden cell reads 0.
    const inflow = await rowsOf(page, 'inflow');
    const byGroup = new Map(inflow.map((cells) => [cells[1], cells[2]]));
    expect(byGroup.get('3 Øst')).toBe('<5');
    expect([byGroup.get('1 Nord'), byGroup.get('2 Syd')]).toContain('<5');
    expect(byGroup.get(da.webStatistics.total)).toBe('15');
    expect(inflow.flatMap((cells) => cells.slice(2))).not.toContain('0');

    // The chart is drawn (SVG) with the period's total as its one bar, labelled with its number.
    const chart = page.getByTestId('chart-inflow');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await expect(chart.locator('.recharts-bar-rectangle').count()).resolves.toBe(1);
    await expect(chart.locator('.recharts-label-list text').allTextContents()).resolves.toEqual(['15']);
    await expect(chart.locator('.recharts-cartesian-axis-tick-value').allTextContents()).resolves.toContain(
      String(year),
    );
    // Stages: the 15 registered cases at the end of the year, drawn too.
    await page.getByTestId('chart-stages').locator('.recharts-bar-rectangle').first().waitFor();
    await page
      .getByTestId('chart-outcomes')
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    await expect(page.getByTestId('freshness-inflow').textContent()).resolves.toBe(da.webStatistics.live);
    await expectAccessible(page, 'statistics-dashboard');
    await screenshot(page, 'statistics-dashboard');

    // The export: the same figures as Danish Excel opens them.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-inflow-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`statistik-tilgang-${year}-01-01-${year}-12-31.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]!.startsWith('Periode;Fra;Til;Afdeling;')).toBe(true);
    expect(lines.some((line) => line.startsWith(`${year};01-01-${year};31-12-${year};3 Øst;<5`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${year};01-01-${year};31-12-${year};I alt;15`))).toBe(true);

    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-inflow-xlsx').click(),
    ]);
    expect(workbook.suggestedFilename()).toBe(`statistik-tilgang-${year}-01-01-${year}-12-31.xlsx`);
  });

  it('shows the manager the comparison: ratios with intervals, the own unit marked, groups in words, "<5" where hidden', async () => {
    const t = da.webStatistics.comparison;
    const page = await app.newPage();
    await page.goto(view);
    await signInThroughForm(page, manager);
    const section = page.getByTestId('figure-comparison');
    await section.getByTestId('table-comparison').waitFor();
    await page.getByTestId('comparison-level').selectOption('housing_organisation');
    await section.locator('tr[data-unit="Tredje Bolig"]').waitFor();
    await expect(section.getByTestId('freshness-comparison').textContent()).resolves.toContain('01-03-2026');

    const rows = await section
      .locator('tr[data-unit]')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-own'),
          ...[...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
        ]),
      );
    const byUnit = new Map(rows.map((r) => [r[1]!.replace(` (${t.own})`, ''), r]));
    // A: 40 of 30 expected; the interval is around 1,33 and the group in words.
    const a = byUnit.get('Vestegnens Bolig')!;
    expect(a[0]).toBe('true');
    expect(a[1]).toContain(t.own);
    expect(a.slice(2, 6)).toEqual(['200', '40', '30,00', '1,33']);
    expect(a[6]).toMatch(/^\d,\d\d–\d,\d\d$/);
    expect([t.groups.higher, t.groups.significantly_higher]).toContain(a[7]);
    const b = byUnit.get('Østkystens Bolig')!;
    expect(b[0]).toBe('false');
    expect(b[5]).toBe('0,67');
    expect([t.groups.lower, t.groups.significantly_lower]).toContain(b[7]);
    // C's 2 evictions are under 5: "<5", never 0, no ratio, interval or group.
    const c = byUnit.get('Tredje Bolig')!;
    expect(c.slice(3, 8)).toEqual(['<5', '2,00', '<5', t.hidden, t.hidden]);
    expect(rows.flatMap((r) => r.slice(3, 4))).not.toContain('0');

    // The chart: a bar with an error bar per shown ratio, the reference line at 1, the hidden one listed.
    const chart = section.getByTestId('chart-comparison');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const labels = (await chart.locator('.recharts-label-list text').allTextContents()).filter((x) => x !== '');
    expect(labels.sort()).toEqual(['0,67', '1,33']);
    await expect(chart.locator('.recharts-errorBar').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(chart.locator('.recharts-reference-line').count()).resolves.toBe(1);
    await expect(section.getByTestId('suppressed-comparison').textContent()).resolves.toContain('Tredje Bolig');
    await expectAccessible(page, 'statistics-comparison');
    await screenshot(page, 'statistics-comparison');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByTestId('export-comparison-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('statistik-sammenligning-housing_organisation-2026-03-02.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toContain(`Tredje Bolig;Nej;10;<5;2,00;;;;`);
    expect(lines.some((line) => line.startsWith('Vestegnens Bolig;Ja;200;40;30,00;1,33;'))).toBe(true);
    expect(organisations.c).toBeDefined();
  });

  it('shows a manager of another organisation only their own departments', async () => {
    const page = await app.newPage();
    await page.goto(view);
    await signInThroughForm(page, otherManager);
    await page.getByTestId('table-inflow').waitFor();
    const inflow = await rowsOf(page, 'inflow');
    expect(inflow.map((cells) => cells[1])).toEqual(['1 Fremmed', da.webStatistics.total]);
    expect(inflow[0]![2]).toBe('6');
    const text = await page.locator('main').textContent();
    expect(text).not.toContain('Nord');
    expect(text).not.toContain('Øst');
    await expectAccessible(page, 'statistics-dashboard-other-organisation');
  });
});
