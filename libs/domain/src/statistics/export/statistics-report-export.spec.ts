import { type StatisticsReport } from '../statistics-report.js';
import { writeCsv } from './csv-writer.js';
import { statisticsAboutTable, statisticsReportTable } from './statistics-report-export.js';

const cell = (value: number | null, suppressed = false) => ({ value, suppressed });
const columns = [
  { key: 'evicted', label: { da: 'udsat', en: 'evicted' }, kind: 'count' as const },
  { key: 'averted_paid', label: { da: 'afværget: betalt', en: 'averted: paid' }, kind: 'count' as const },
  { key: 'evicted_per_1000_tenancies', label: { da: 'pr. 1.000', en: 'per 1,000' }, kind: 'rate' as const },
];

const report: StatisticsReport = {
  figure: 'outcomes',
  period: 'quarter',
  groupBy: 'department',
  from: '2026-01-01',
  to: '2026-06-30',
  live: false,
  asOf: new Date('2026-06-30T22:00:00Z'),
  tables: [
    {
      period: '2026-Q1',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      columns,
      rows: [
        { groupId: 'd1', groupName: 'Afd. 1', cells: [cell(null, true), cell(6), cell(1.5)], total: cell(null, true) },
        { groupId: 'd2', groupName: '-Afd. 2', cells: [cell(7), cell(null, true), cell(0)], total: cell(null, true) },
      ],
      columnTotals: [cell(9), cell(8), cell(0.75)],
      total: cell(17),
    },
    {
      period: '2026-Q2',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      // a period whose columns come in another order, one missing
      columns: [columns[1]!, columns[0]!],
      rows: [{ groupId: 'd1', groupName: 'Afd. 1', cells: [cell(10), cell(0)], total: cell(10) }],
      columnTotals: [cell(10), cell(0)],
      total: cell(10),
    },
  ],
};

describe('a statistics report as an export table', () => {
  it('has one line per period and group and a totals line per period, "<5" where suppressed, never 0', () => {
    expect(writeCsv(statisticsReportTable(report, 'da')).toString('utf8')).toBe(
      '\uFEFFPeriode;Fra;Til;Afdeling;udsat;afværget: betalt;pr. 1.000;I alt\r\n' +
        '2026-Q1;01-01-2026;31-03-2026;Afd. 1;<5;6;1,50;<5\r\n' +
        "2026-Q1;01-01-2026;31-03-2026;'-Afd. 2;7;<5;0,00;<5\r\n" +
        '2026-Q1;01-01-2026;31-03-2026;I alt;9;8;0,75;17\r\n' +
        '2026-Q2;01-04-2026;30-06-2026;Afd. 1;0;10;;10\r\n' +
        '2026-Q2;01-04-2026;30-06-2026;I alt;0;10;;10\r\n',
    );
  });

  it('labels the columns in English on request', () => {
    const table = statisticsReportTable(report, 'en');
    expect(table.title).toBe('Outcomes');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Period',
      'From',
      'To',
      'Department',
      'evicted',
      'averted: paid',
      'per 1,000',
      'Total',
    ]);
  });

  it('says on the about sheet that the figures are as of the last refresh, in Danish time', () => {
    const about = statisticsAboutTable(report, { municipalityId: 'm1' }, 'da');
    expect(about.rows.slice(0, 3)).toEqual([
      ['Beregnet direkte fra sagerne', 'Nej'],
      ['Senest opdateret', '01-07-2026 00:00'],
      ['Opgørelse', 'Udfald'],
    ]);
    expect(about.rows).toContainEqual(['municipalityId', 'm1']);
  });
});
