import { writeCsv } from './csv-writer.js';
import { SUPPRESSED } from './export-table.js';
import { aboutTable, figureValue, flattenRow, inferType, rowsTable } from './statistics-table.adapter.js';

/** A response in the shape the statistics API answers (docs/statistics.md): groups, periods, figures. */
const outcomes = {
  asOf: '2026-11-30T23:00:00.000Z',
  live: false,
  rows: [
    {
      period: '2026-Q1',
      group: { kind: 'municipality', id: 'a0a0a0a0-0000-4000-8000-000000000001', name: 'Albertslund' },
      evicted: { value: null, suppressed: true },
      averted: { value: 42, suppressed: false },
      perThousandTenancies: 1.25,
      from: '2026-01-01',
    },
    {
      period: '2026-Q2',
      group: { kind: 'municipality', id: 'a0a0a0a0-0000-4000-8000-000000000001', name: '=Albertslund' },
      evicted: 7,
      averted: '<5',
      perThousandTenancies: -0.5,
      from: '2026-04-01',
    },
  ],
};

describe('the statistics table adapter', () => {
  it('reads both suppressed forms as "<5" and cells with a value as the value', () => {
    expect(figureValue('<5')).toBe(SUPPRESSED);
    expect(figureValue({ value: null, suppressed: true })).toBe(SUPPRESSED);
    expect(figureValue({ value: 12, suppressed: false })).toBe(12);
    expect(figureValue(null)).toBeNull();
    expect(figureValue(0)).toBe(0);
  });

  it('flattens groups into columns and keeps cells whole', () => {
    expect([...flattenRow(outcomes.rows[0]!).keys()]).toEqual([
      'period',
      'group.kind',
      'group.id',
      'group.name',
      'evicted',
      'averted',
      'perThousandTenancies',
      'from',
    ]);
  });

  it('infers each column type from its values, a suppressed-only column staying a count', () => {
    expect(inferType([1, 2, '<5'])).toEqual({ type: 'integer' });
    expect(inferType([1.25, -0.5])).toEqual({ type: 'decimal', decimals: 2 });
    expect(inferType(['2026-01-01', null])).toEqual({ type: 'date' });
    expect(inferType(['2026-01-01T10:00:00Z'])).toEqual({ type: 'datetime' });
    expect(inferType([{ value: null, suppressed: true }])).toEqual({ type: 'integer' });
    expect(inferType(['2026-Q1'])).toEqual({ type: 'text' });
  });

  it('turns a response into a table with headers from the catalogue, and into Danish CSV', () => {
    const table = rowsTable(outcomes, {
      title: 'Udfald',
      omit: ['group.id', 'group.kind'],
      headers: { period: 'Periode', 'group.name': 'Kommune', evicted: 'Udsat', averted: 'Afværget' },
    });
    expect(table.columns.map((c) => [c.header, c.type])).toEqual([
      ['Periode', 'text'],
      ['Kommune', 'text'],
      ['Udsat', 'integer'],
      ['Afværget', 'integer'],
      ['perThousandTenancies', 'decimal'],
      ['from', 'date'],
    ]);
    expect(writeCsv(table).toString('utf8')).toBe(
      '\uFEFFPeriode;Kommune;Udsat;Afværget;perThousandTenancies;from\r\n' +
        '2026-Q1;Albertslund;<5;42;1,25;01-01-2026\r\n' +
        "2026-Q2;'=Albertslund;7;<5;-0,50;01-04-2026\r\n",
    );
  });

  it('takes the named array and the given columns when told', () => {
    const table = rowsTable(
      { asOf: null, live: true, totals: [{ n: 3 }], rows: [{ n: 9, m: 1 }] },
      { title: 'T', rows: 'rows', columns: [{ path: 'm', header: 'M' }] },
    );
    expect(table.rows).toEqual([[1]]);
    expect(table.columns).toEqual([{ header: 'M', type: 'integer' }]);
  });

  it('describes the figures: live or as of the refresh (Danish time), and the filters', () => {
    const about = aboutTable(
      {
        title: 'Om tallene',
        item: 'Punkt',
        value: 'Værdi',
        live: 'Live',
        asOf: 'Opdateret',
        yes: 'Ja',
        no: 'Nej',
        suppressedNote: '<5: under 5',
      },
      outcomes,
      { period: 'quarter', from: '2026-01-01', municipalityId: undefined },
    );
    expect(about.rows).toEqual([
      ['Live', 'Nej'],
      ['Opdateret', '01-12-2026 00:00'],
      ['period', 'quarter'],
      ['from', '2026-01-01'],
      ['<5: under 5', null],
    ]);
  });
});
