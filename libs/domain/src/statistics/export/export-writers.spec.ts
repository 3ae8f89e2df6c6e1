import ExcelJS from 'exceljs';
import { csvLine, quote, writeCsv } from './csv-writer.js';
import {
  danishDate,
  danishDateTime,
  exportFileName,
  neutralise,
  sheetName,
  SUPPRESSED,
  type ExportTable,
} from './export-table.js';
import { writeXlsx } from './xlsx-writer.js';

const table: ExportTable = {
  title: 'Udsættelser',
  columns: [
    { header: 'Afdeling', type: 'text' },
    { header: 'Sager', type: 'integer' },
    { header: 'Pr. 1.000 lejemål', type: 'decimal', decimals: 1 },
    { header: 'Åbnet', type: 'date' },
    { header: 'Opdateret', type: 'datetime' },
    { header: 'Forfalden', type: 'boolean' },
  ],
  rows: [
    ['Ærøvej; afd. "1"', 12, 3.25, '2026-03-01', '2026-06-30T22:15:00.000Z', true],
    ['=HYPERLINK("http://x")', SUPPRESSED, -1.5, null, null, false],
    ['-2+3', -7, 0, '2026-12-24', new Date('2026-01-15T08:05:00Z'), null],
  ],
};

describe('CSV for Danish Excel', () => {
  it('writes the exact bytes: BOM, semicolons, decimal comma, dd-mm-yyyy, CRLF, quoting, "<5"', () => {
    const bytes = writeCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFF' +
        'Afdeling;Sager;Pr. 1.000 lejemål;Åbnet;Opdateret;Forfalden\r\n' +
        // 22:15 UTC on 30 June is 00:15 on 1 July in Denmark (summer time)
        '"Ærøvej; afd. ""1""";12;3,3;01-03-2026;01-07-2026 00:15;Ja\r\n' +
        `"'=HYPERLINK(""http://x"")";<5;-1,5;;;Nej\r\n` +
        // text starting with '-' is neutralised; the negative number stays a number
        "'-2+3;-7;0,0;24-12-2026;15-01-2026 09:05;\r\n",
    );
  });

  it('neutralises every formula lead (=, +, -, @, tab, CR) and nothing else', () => {
    expect(['=1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'a=1', ' =1', ''].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'a=1',
      ' =1',
      '',
    ]);
    expect(
      csvLine(
        ['@cmd', -3],
        [
          { header: '', type: 'text' },
          { header: '', type: 'integer' },
        ],
      ),
    ).toBe("'@cmd;-3\r\n");
  });

  it('quotes separators, quotes and line breaks only', () => {
    expect(quote('a;b')).toBe('"a;b"');
    expect(quote('line\nbreak')).toBe('"line\nbreak"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('plain, with comma')).toBe('plain, with comma');
  });

  it('writes dates the Danish way, timestamps in Danish time', () => {
    expect(danishDate('2026-02-03')).toBe('03-02-2026');
    expect(danishDateTime('2026-01-31T23:30:00Z')).toBe('01-02-2026 00:30');
  });

  it('writes only the header of an empty table', () => {
    expect(writeCsv({ ...table, rows: [] }).toString('utf8')).toBe(
      '\uFEFFAfdeling;Sager;Pr. 1.000 lejemål;Åbnet;Opdateret;Forfalden\r\n',
    );
  });

  it('names files and sheets safely', () => {
    expect(exportFileName('sager 2026/Q1', 'csv')).toBe('sager-2026-Q1.csv');
    expect(exportFileName('', 'xlsx')).toBe('export.xlsx');
    expect(sheetName('Udfald: pr/kvartal [alle] og endnu flere ord der er for lange')).toHaveLength(31);
  });
});

describe('.xlsx', () => {
  async function readBack(bytes: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }

  it('reads back with exceljs to the same values, typed', async () => {
    const workbook = await readBack(await writeXlsx(table));
    const sheet = workbook.getWorksheet('Udsættelser')!;
    const rows = [1, 2, 3, 4].map((r) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
    expect(rows[0]).toEqual(['Afdeling', 'Sager', 'Pr. 1.000 lejemål', 'Åbnet', 'Opdateret', 'Forfalden']);
    expect(rows[1]).toEqual([
      'Ærøvej; afd. "1"',
      12,
      3.25,
      new Date(Date.UTC(2026, 2, 1)),
      new Date(Date.UTC(2026, 6, 1, 0, 15)),
      'Ja',
    ]);
    expect(rows[2]).toEqual(['\'=HYPERLINK("http://x")', '<5', -1.5, undefined, undefined, 'Nej']);
    expect(rows[3].slice(0, 5)).toEqual([
      "'-2+3",
      -7,
      0,
      new Date(Date.UTC(2026, 11, 24)),
      new Date(Date.UTC(2026, 0, 15, 9, 5)),
    ]);
    expect(sheet.getCell('B2').numFmt).toBe('0');
    expect(sheet.getCell('C2').numFmt).toBe('0.0');
    expect(sheet.getCell('D2').numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell('E2').numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    // never a formula
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('puts several tables on sheets with distinct names', async () => {
    const workbook = await readBack(await writeXlsx([table, table]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Udsættelser', 'Udsættelser (2)']);
  });
});
