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
