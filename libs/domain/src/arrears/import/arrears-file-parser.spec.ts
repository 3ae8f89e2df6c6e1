import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  ArrearsFileError,
  formatOre,
  parseArrearsFile,
  type ArrearsFileFormat,
  type ArrearsImportRow,
  type ParsedRow,
} from './arrears-file-parser.js';
import { type TextEncodingName } from './text-encoding.js';

/** Feeds text in small byte chunks, so cells, line breaks and æøå are cut across chunk borders. */
async function* chunked(text: string | Buffer, size = 7): AsyncGenerator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** A parsed row without the file's column headers, which a few tests look at on their own. */
type Parsed = { ok: true; row: ArrearsImportRow } | Extract<ParsedRow, { ok: false }>;
const withoutHeaders = (parsed: ParsedRow): Parsed => (parsed.ok ? { ok: true, row: parsed.row } : parsed);

async function parseAll(
  text: string | Buffer,
  format: ArrearsFileFormat = 'csv',
  maxRows?: number,
  encoding?: TextEncodingName,
) {
  const results: Parsed[] = [];
  for await (const parsed of parseArrearsFile(chunked(text), format, { maxRows, encoding })) {
    results.push(withoutHeaders(parsed));
  }
  return results;
}

const okRows = (results: Parsed[]): ArrearsImportRow[] => results.flatMap((r) => (r.ok ? [r.row] : []));
const failures = (results: Parsed[]) => results.flatMap((r) => (r.ok ? [] : [r]));

async function fileError(text: string | Buffer, format: ArrearsFileFormat = 'csv', maxRows?: number) {
  try {
    await parseAll(text, format, maxRows);
  } catch (error) {
    if (error instanceof ArrearsFileError) return error;
    throw error;
  }
  throw new Error('expected an ArrearsFileError');
}

const DANISH_HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR-nummer;Husleje;Restance;Forfaldsdato;Børn under 18';
const ENGLISH_HEADER = 'department,unit,address,postcode,city,name,cpr,rent,arrears,dueDate,children';

/** Three tenancies, as cells; each is written once with `;` and once with `,`. */
const GOOD_CELLS = [
  [
    '101',
    '0012',
    'Bøgevej 12, 2. tv',
    '2100',
    'København Ø',
    'Anna Jensen',
    '010190-1234',
    '8.450,00',
    '12.345,67',
    '01-03-2025',
    '2',
  ],
  ['101', '0013', 'Bøgevej 14', '2100', 'København Ø', 'Bo Hansen', '', '7.900', '7900,5', '1.3.2025', ''],
  [
    '102',
    'A-7',
    'Lærkevej 3',
    '8000',
    'Aarhus C',
    'Carla Ølgaard',
    '1502851234',
    'kr. 6.250,00',
    '1 234,50',
    '2025-03-01',
    '0',
  ],
];

const GOOD_ROWS: ArrearsImportRow[] = [
  {
    rowNumber: 2,
    departmentNumber: '101',
    unit: '0012',
    address: 'Bøgevej 12, 2. tv',
    postcode: '2100',
    city: 'København Ø',
    tenantName: 'Anna Jensen',
    cpr: '0101901234',
    monthlyRentOre: 845_000,
    arrearsOre: 1_234_567,
    dueDate: '2025-03-01' as ArrearsImportRow['dueDate'],
    childrenUnder18: 2,
  },
  {
    rowNumber: 3,
    departmentNumber: '101',
    unit: '0013',
    address: 'Bøgevej 14',
    postcode: '2100',
    city: 'København Ø',
    tenantName: 'Bo Hansen',
    cpr: null,
    monthlyRentOre: 790_000,
    arrearsOre: 790_050,
    dueDate: '2025-03-01' as ArrearsImportRow['dueDate'],
    childrenUnder18: null,
  },
  {
    rowNumber: 4,
    departmentNumber: '102',
    unit: 'A-7',
    address: 'Lærkevej 3',
    postcode: '8000',
    city: 'Aarhus C',
    tenantName: 'Carla Ølgaard',
    cpr: '1502851234',
    monthlyRentOre: 625_000,
    arrearsOre: 123_450,
    dueDate: '2025-03-01' as ArrearsImportRow['dueDate'],
    childrenUnder18: 0,
  },
];

const csvCell = (cell: string, delimiter: string) =>
  cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
const csvLine = (cells: string[], delimiter = ';') => cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);

describe('parseArrearsFile: CSV', () => {
  it('reads a Danish Excel file: BOM, semicolons, CRLF, decimal comma, Danish headers', async () => {
    const file = '\ufeff' + [DANISH_HEADER, ...GOOD_CELLS.map((cells) => csvLine(cells))].join('\r\n') + '\r\n';
    const results = await parseAll(file);
    expect(results).toEqual(GOOD_ROWS.map((row) => ({ ok: true, row })));
  });

  it('reads the same data comma-separated, with English headers and quoted amounts', async () => {
    const file = [ENGLISH_HEADER, ...GOOD_CELLS.map((cells) => csvLine(cells, ','))].join('\n');
    expect(file).toContain('"8.450,00"');
    expect(await parseAll(file)).toEqual(GOOD_ROWS.map((row) => ({ ok: true, row })));
  });

  it('matches headers ignoring case, spaces, brackets and æøå spelt as ae/oe/aa; ignores unknown columns', async () => {
    const header =
      ' AFDELINGSNUMMER ;Note;lejemaal;ADRESSE;navn;Maanedlig husleje;Restance (kr.);forfald;boern;Sagsbehandler';
    const file = [header, '7;ring først;3;Vej 1;Dan;5000;1000;05-02-2025;1;Eva'].join('\n');
    const [result] = await parseAll(file);
    expect(result).toEqual({
      ok: true,
      row: expect.objectContaining({
        departmentNumber: '7',
        unit: '3',
        monthlyRentOre: 500_000,
        arrearsOre: 100_000,
        dueDate: '2025-02-05',
        childrenUnder18: 1,
        postcode: null,
        city: null,
      }),
    });
  });

  it('accepts Danish and ISO dates', async () => {
    const dates = ['01-03-2025', '1-3-2025', '01.03.2025', '01/03/2025', '2025-03-01'];
    const file = [
      'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato',
      ...dates.map((date, i) => `1;${i};Vej ${i};Navn;100;50;${date}`),
    ].join('\n');
    const rows = okRows(await parseAll(file));
    expect(rows.map((row) => row.dueDate)).toEqual(dates.map(() => '2025-03-01'));
  });

  it('honours an Excel `sep=` line and a file without a final line break', async () => {
    const file = ['sep=,', ENGLISH_HEADER, csvLine(GOOD_CELLS[0], ',')].join('\r\n');
    const [result] = await parseAll(file);
    expect(result).toEqual({ ok: true, row: { ...GOOD_ROWS[0], rowNumber: 3 } });
  });

  it('reports every bad row with its line, field and code, and lets the good rows through in order', async () => {
    const good = (unit: string) => `101;${unit};Vej 1;2100;By;Navn;;1.000,00;500,00;01-03-2025;`;
    const lines = [
      DANISH_HEADER, // 1
      good('g1'), // 2
      ';1;Vej 1;2100;By;Navn;;1.000,00;500,00;01-03-2025;', // 3: no department
      `101;${'x'.repeat(41)};Vej 1;2100;By;Navn;;1.000,00;500,00;01-03-2025;`, // 4: unit too long
      '101;2;Vej 1;21000;By;Navn;;1.000,00;500,00;01-03-2025;', // 5: postcode
      '101;3;Vej 1;2100;By;Navn;3202901234;1.000,00;500,00;01-03-2025;', // 6: CPR date
      '', // 7: empty line, skipped
      '101;4;Vej 1;2100;By;Navn;;1.000,00;-500,00;01-03-2025;', // 8: negative
      '101;5;Vej 1;2100;By;Navn;;1.000,00;500,005;01-03-2025;', // 9: three decimals
      '101;6;Vej 1;2100;By;Navn;;10.000.000,01;500,00;01-03-2025;', // 10: too large
      '101;7;Vej 1;2100;By;Navn;;1.000,00;0,00;01-03-2025;', // 11: zero
      '101;8;Vej 1;2100;By;Navn;;1.000,00;fem hundrede;01-03-2025;', // 12: not an amount
      ';;;;;;;;;;', // 13: Excel's empty row, skipped
      '101;9;Vej 1;2100;By;Navn;;1.000,00;500,00;31-02-2025;', // 14: no such day
      '101;10;Vej 1;2100;By;Navn;;1.000,00;500,00;03/01/25;', // 15: two-digit year
      '101;11;Vej 1;2100;By;Navn;;1.000,00;500,00;01-03-2025;tre', // 16: children not a number
      '101;12;Vej 1;2100;By;Navn;;1.000,00;500,00;01-03-2025;31', // 17: children out of range
      `101;13;Vej 1;2100;By;${'n'.repeat(201)};;1.000,00;500,00;01-03-2025;`, // 18: name too long
      '101;14', // 19: short row
      good('g2'), // 20
      '101;15;Vej 1;2100;By;Navn;12345;0;x;;99', // 21: everything wrong at once
      good('g3'), // 22
    ];
    const results = await parseAll(lines.join('\r\n'));

    expect(okRows(results).map((row) => [row.rowNumber, row.unit])).toEqual([
      [2, 'g1'],
      [20, 'g2'],
      [22, 'g3'],
    ]);
    expect(results.map((r) => (r.ok ? r.row.rowNumber : r.rowNumber))).toEqual([
      2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    ]);
    const reported = failures(results).map((r) => [
      r.rowNumber,
      r.problems.map((p) => {
        expect(p.rowNumber).toBe(r.rowNumber);
        return `${p.field}:${p.code}`;
      }),
    ]);
    expect(reported).toEqual([
      [3, ['departmentNumber:REQUIRED']],
      [4, ['unit:TOO_LONG']],
      [5, ['postcode:INVALID_POSTCODE']],
      [6, ['cpr:INVALID_CPR']],
      [8, ['arrearsOre:INVALID_AMOUNT']],
      [9, ['arrearsOre:INVALID_AMOUNT']],
      [10, ['monthlyRentOre:INVALID_AMOUNT']],
      [11, ['arrearsOre:INVALID_AMOUNT']],
      [12, ['arrearsOre:INVALID_AMOUNT']],
      [14, ['dueDate:INVALID_DATE']],
      [15, ['dueDate:INVALID_DATE']],
      [16, ['childrenUnder18:INVALID_NUMBER']],
      [17, ['childrenUnder18:INVALID_NUMBER']],
      [18, ['tenantName:TOO_LONG']],
      [
        19,
        [
          'address:REQUIRED',
          'tenantName:REQUIRED',
          'monthlyRentOre:REQUIRED',
          'arrearsOre:REQUIRED',
          'dueDate:REQUIRED',
        ],
      ],
      [
        21,
        [
          'cpr:INVALID_CPR',
          'monthlyRentOre:INVALID_AMOUNT',
          'arrearsOre:INVALID_AMOUNT',
          'dueDate:REQUIRED',
          'childrenUnder18:INVALID_NUMBER',
        ],
      ],
    ]);
  });

  it('says specifically what is wrong, in Danish and English', async () => {
    const file = [
      'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato',
      '1;1;Vej;Navn;100;fem;01-03-2025',
      '1;2;Vej;Navn;100;-5;01-03-2025',
      '1;3;Vej;Navn;100;5;31-02-2025',
    ].join('\n');
    const messages = failures(await parseAll(file)).map((r) => r.problems[0].message);
    // The column is named as the file heads it, in both languages: it is the user's own word.
    expect(messages).toEqual([
      {
        da: 'restance skal være et beløb i kroner, fx 1.234,50.',
        en: 'restance must be an amount in kroner, written the Danish way, e.g. 1.234,50.',
      },
      { da: 'restance må ikke være negativ.', en: 'restance must not be negative.' },
      {
        da: 'forfaldsdato er ikke en dato i kalenderen (fx findes 30-02 ikke).',
        en: 'forfaldsdato is not a day in the calendar (30-02 does not exist, for example).',
      },
    ]);
  });

  it("names each problem's column by the file's own header, keeping the stable field for machines", async () => {
    const file = [
      'Afdelingsnr;Lejemål;Adresse;Lejer;Månedlig husleje;Restance (kr.);Forfald',
      '1;1;Vej;Navn;100;-5;31-02-2025',
    ].join('\n');
    const [result] = await parseAll(file);
    expect(result.ok ? [] : result.problems.map(({ field, column, message }) => ({ field, column, message }))).toEqual([
      {
        field: 'arrearsOre',
        column: 'Restance (kr.)',
        message: { da: 'Restance (kr.) må ikke være negativ.', en: 'Restance (kr.) must not be negative.' },
      },
      {
        field: 'dueDate',
        column: 'Forfald',
        message: {
          da: 'Forfald er ikke en dato i kalenderen (fx findes 30-02 ikke).',
          en: 'Forfald is not a day in the calendar (30-02 does not exist, for example).',
        },
      },
    ]);
    const good = 'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\n1;1;Vej;Navn;100;5;01-03-2025';
    for await (const parsed of parseArrearsFile(chunked(good), 'csv')) {
      expect(parsed).toMatchObject({
        ok: true,
        headers: { arrearsOre: 'Restance', dueDate: 'Forfaldsdato', tenantName: 'Navn' },
      });
    }
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('keeps row numbers right after a quoted cell spanning lines (%s)', async (_name, eol) => {
    const file = [
      'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato',
      `1;1;"Bøgevej 12${eol}2. tv${eol}";Anna;100;50;01-03-2025`, // lines 2–4
      '1;2;Vej 2;Bo;100;50;01-03-2025', // line 5
      '',
      `1;3;"Vej 3${eol}${eol}";Carla;100;nul;01-03-2025`, // lines 7–9
      '1;4;Vej 4;Dan;100;50;01-03-2025', // line 10
    ].join(eol);
    const results = await parseAll(file);
    expect(results.map((r) => (r.ok ? r.row.rowNumber : r.rowNumber))).toEqual([2, 5, 7, 10]);
    expect(okRows(results)[0].address).toBe('Bøgevej 12, 2. tv');
    expect(failures(results)[0].problems[0]).toMatchObject({ rowNumber: 7, field: 'arrearsOre' });
  });

  it('counts lines alike for CR, LF and CRLF, mixed in one file, and after blank lines before the header', async () => {
    const file =
      '\r\n\nafdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato\r' + // lines 1–3
      '1;1;Vej;Navn;100;50;01-03-2025\n' + // 4
      '1;2;"Vej\r2";Navn;100;50;01-03-2025\r\n' + // 5–6
      '1;3;Vej;Navn;100;50;01-03-2025'; // 7
    const rows = okRows(await parseAll(file));
    expect(rows.map((row) => [row.rowNumber, row.unit, row.address])).toEqual([
      [4, '1', 'Vej'],
      [5, '2', 'Vej, 2'],
      [7, '3', 'Vej'],
    ]);
  });

  it('fails the file when required columns are missing, naming them', async () => {
    const error = await fileError('Afdeling;Lejemål;Adresse;Navn;Husleje;Beløb\n1;1;Vej;Navn;100;50\n');
    expect(error.code).toBe('IMPORT_MISSING_COLUMNS');
    // One detail per missing column, in the house's details shape.
    expect(error.details).toEqual([
      {
        field: 'arrearsOre',
        rule: 'IMPORT_MISSING_COLUMNS',
        column: 'Restance',
        message: {
          da: 'Kolonnen Restance mangler i første linje.',
          en: 'The column Arrears is missing from the first line.',
        },
      },
      {
        field: 'dueDate',
        rule: 'IMPORT_MISSING_COLUMNS',
        column: 'Forfaldsdato',
        message: {
          da: 'Kolonnen Forfaldsdato mangler i første linje.',
          en: 'The column Due date is missing from the first line.',
        },
      },
    ]);
    expect(error.text.da).toContain('mangler kolonnerne Restance og Forfaldsdato');
    expect(error.text.en).toContain('missing the columns Arrears and Due date');
  });

  it('fails the file for a header that names one column twice', async () => {
    const error = await fileError('afdeling;lejemål;adresse;navn;lejer;husleje;restance;forfald\n');
    expect(error.code).toBe('IMPORT_DUPLICATE_COLUMNS');
    expect(error.text.da).toContain('"navn" / "lejer"');
  });

  it('fails an empty file', async () => {
    expect((await fileError('\ufeff\r\n\r\n')).code).toBe('IMPORT_EMPTY_FILE');
    expect((await fileError('')).code).toBe('IMPORT_EMPTY_FILE');
  });

  it('fails a file with broken quoting, naming the line', async () => {
    const file = ['afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato', '1;1;Vej;Navn;100;50;01-03-2025'];
    const before: number[] = [];
    await expect(async () => {
      const broken = [...file, '1;2;"Vej 2;Navn;100;50;01-03-2025'].join('\n');
      for await (const parsed of parseArrearsFile(chunked(broken, 4096), 'csv')) before.push(parsed.ok ? 1 : 0);
    }).rejects.toBeInstanceOf(ArrearsFileError);
    // The good row before it came through, though it shared a chunk with the broken one.
    expect(before).toEqual([1]);

    const unclosed = await fileError(
      [...file, '1;2;"Vej 2;Navn;100;50;01-03-2025', '1;3;Vej;Navn;1;1;01-03-2025'].join('\n'),
    );
    expect(unclosed).toMatchObject({
      code: 'IMPORT_UNREADABLE_FILE',
      details: [{ field: null, rule: 'CSV_QUOTE_NOT_CLOSED', line: 3 }],
    });
    expect(unclosed.text.da).toContain('linje 3');

    // In a long file the open quote would swallow everything after it into one cell: stopped early.
    const rest = Array.from({ length: 5_000 }, (_, i) => `1;${i + 3};Vej;Navn;100;50;01-03-2025`);
    const swallowing = await fileError([...file, '1;2;"Vej 2;Navn;100;50;01-03-2025', ...rest].join('\n'));
    expect(swallowing).toMatchObject({
      code: 'IMPORT_UNREADABLE_FILE',
      details: [{ field: null, rule: 'CSV_MAX_RECORD_SIZE', line: 3 }],
    });
  });

  it('takes a stray quote inside an unquoted cell literally', async () => {
    const file =
      'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato\n1;1;Villa "Solbakken";Navn;100;50;01-03-2025';
    expect(okRows(await parseAll(file))[0].address).toBe('Villa "Solbakken"');
  });

  it('reads a Windows-1252 file (Excel\'s "CSV (semikolonsepareret)") in that encoding', async () => {
    // The en dash is 0x96: a character only Windows-1252 has.
    const file = iconv.encode(
      'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\r\n1;1;Åvej 1–3;Søren Ærø;100;50;01-03-2025\r\n',
      'windows-1252',
    );
    expect(file.includes(0x96)).toBe(true);
    expect(okRows(await parseAll(file, 'csv', undefined, 'windows-1252'))).toMatchObject([
      { unit: '1', address: 'Åvej 1–3', tenantName: 'Søren Ærø', arrearsOre: 5_000 },
    ]);
  });

  it('reports undecodable text in a row of a file read as UTF-8', async () => {
    const latin1 = Buffer.from('Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\r\n', 'latin1');
    // Read as UTF-8 (no encoding sniffed), the header does not match.
    expect((await fileError(latin1)).code).toBe('IMPORT_MISSING_COLUMNS');

    const asciiHeader = Buffer.concat([
      Buffer.from('afdeling;lejemaal;adresse;navn;husleje;restance;forfaldsdato\n1;1;'),
      Buffer.from('Bøgevej 1;Søren', 'latin1'),
      Buffer.from(';100;50;01-03-2025\n'),
    ]);
    const [result] = await parseAll(asciiHeader);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'address:INVALID_TEXT',
      'tenantName:INVALID_TEXT',
    ]);
  });

  it('reports a NUL character in a cell on its row, as PostgreSQL cannot store it, and reads the next rows', async () => {
    const file = [
      'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato',
      '1;1;Vej 1;Bo\u0000Berg;100;50;01-03-2025',
      '1;2;Vej\u00002;Navn;100;50;01-03-2025',
      '1;3;Vej 3;Navn;100;50;01-03-2025',
    ].join('\n');
    const results = await parseAll(file);
    expect(failures(results).map((r) => [r.rowNumber, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      [2, ['tenantName:INVALID_TEXT']],
      [3, ['address:INVALID_TEXT']],
    ]);
    expect(failures(results)[0].problems[0].message.en).toMatch(/NUL character/);
    expect(okRows(results).map((row) => row.unit)).toEqual(['3']);
  });

  it('fails the file past maxRows, after yielding the rows before', async () => {
    const lines = ['afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato'];
    for (let i = 1; i <= 5; i++) lines.push(`1;${i};Vej;Navn;100;50;01-03-2025`);
    const seen: number[] = [];
    await expect(async () => {
      for await (const parsed of parseArrearsFile(chunked(lines.join('\n')), 'csv', { maxRows: 3 })) {
        if (parsed.ok) seen.push(parsed.row.rowNumber);
      }
    }).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', details: [{ field: null, maxRows: 3 }] });
    expect(seen).toEqual([2, 3, 4]);
  });

  it('never puts a CPR number in a message, whatever column it lands in', async () => {
    const cprs = ['3202901234', '0113901234', '12345', '010190123', '01019012345', '0101901234'];
    const file = [
      'afdeling;lejemål;adresse;navn;cpr;husleje;restance;forfaldsdato;børn;postnr',
      // Invalid CPR numbers in the CPR column…
      ...cprs.slice(0, 5).map((cpr, i) => `1;${i};Vej;Navn;${cpr};100;50;01-03-2025;;`),
      // …and a valid one shifted into every other column.
      `1;9;Vej;Navn;;${cprs[5]};${cprs[5]};${cprs[5]};${cprs[5]};${cprs[5]}`,
    ].join('\n');
    const results = await parseAll(file);
    const problems = failures(results).flatMap((r) => r.problems);
    expect(problems.filter((p) => p.code === 'INVALID_CPR')).toHaveLength(5);
    expect(problems.length).toBeGreaterThan(8);
    const reported = JSON.stringify(problems);
    for (const cpr of cprs) {
      expect(reported).not.toContain(cpr);
      expect(reported).not.toContain(cpr.slice(0, 6));
    }
  });

  it('explains the leading zero Excel drops from a CPR number', async () => {
    const file =
      'afdeling;lejemål;adresse;navn;cpr;husleje;restance;forfaldsdato\n1;1;Vej;Navn;101901234;100;50;01-03-2025';
    const [result] = await parseAll(file);
    expect(result.ok ? null : result.problems[0].message.da).toContain('Excel fjerner ofte et 0 foran');
  });

  it('reads a Node stream, and rethrows a failure of the input itself unchanged', async () => {
    const file = [DANISH_HEADER, csvLine(GOOD_CELLS[0])].join('\n');
    const fromStream: ParsedRow[] = [];
    for await (const parsed of parseArrearsFile(Readable.from([Buffer.from(file)]), 'csv')) fromStream.push(parsed);
    expect(fromStream.map(withoutHeaders)).toEqual([{ ok: true, row: GOOD_ROWS[0] }]);

    const diskError = new Error('disk on fire');
    async function* failing() {
      yield `${DANISH_HEADER}\n${csvLine(GOOD_CELLS[0])}\n`;
      throw diskError;
    }
    await expect(async () => {
      for await (const _parsed of parseArrearsFile(failing(), 'csv'));
    }).rejects.toBe(diskError);
  });

  it('reads only as far as the caller asks, and closes the input when it stops', async () => {
    let produced = 0;
    let closed = false;
    async function* endless() {
      try {
        yield 'afdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato\n';
        for (;;) yield `1;${++produced};Vej;Navn;100;50;01-03-2025\n`;
      } finally {
        closed = true;
      }
    }
    let taken = 0;
    for await (const parsed of parseArrearsFile(endless(), 'csv')) {
      expect(parsed.ok).toBe(true);
      if (++taken === 3) break;
    }
    // The input is closed as the streams between tear down, a few ticks later.
    for (let tick = 0; tick < 100 && !closed; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
    // Stream buffers read ahead a little, but nowhere near "the whole file".
    expect(produced).toBeLessThan(5_000);
  });

  it('streams a generated 200,000-row file with bounded memory', async () => {
    const total = 200_000;
    const perChunk = 1_000;
    let expectedArrearsOre = 0;
    // Rows are kept short: csv-parse reads a global for every byte, and globals are slow in Jest's
    // VM context. In plain Node the parser takes about 3 s for 200,000 full-width rows.
    async function* generated() {
      yield '\ufeffafdeling;lejemål;adresse;navn;husleje;restance;forfaldsdato\r\n';
      for (let start = 0; start < total; start += perChunk) {
        let chunk = '';
        for (let i = start; i < start + perChunk; i++) {
          const kroner = 1_000 + (i % 9_000);
          const ore = 10 + (i % 90);
          expectedArrearsOre += kroner * 100 + ore;
          chunk += `${i % 50};${i};Vej;L;6.500;${kroner},${ore};1-3-2025\r\n`;
        }
        yield chunk;
      }
    }
    // Retained memory, after a full collection: what the parser holds on to, not garbage waiting
    // for the collector. Holding every row would retain about 45 MB here.
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const retained = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    const baseline = retained();
    let peak = baseline;
    let count = 0;
    let arrearsOre = 0;
    let lastRowNumber = 0;
    for await (const parsed of parseArrearsFile(generated(), 'csv')) {
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      count += 1;
      arrearsOre += parsed.row.arrearsOre;
      lastRowNumber = parsed.row.rowNumber;
      if (count % 50_000 === 0) peak = Math.max(peak, retained());
    }
    expect(count).toBe(total);
    expect(lastRowNumber).toBe(total + 1);
    expect(arrearsOre).toBe(expectedArrearsOre);
    expect(peak - baseline).toBeLessThan(16 * 1024 * 1024);
  }, 30_000);
});

describe('parseArrearsFile: JSON', () => {
  it('reads an array of rows with JSON numbers (kroner) and Danish strings', async () => {
    const file = JSON.stringify([
      {
        departmentNumber: '101',
        unit: '0012',
        address: 'Bøgevej 12, 2. tv',
        postcode: '2100',
        city: 'København Ø',
        tenantName: 'Anna Jensen',
        cpr: '010190-1234',
        monthlyRent: 8450,
        arrears: '12.345,67',
        dueDate: '01-03-2025',
        childrenUnder18: 2,
        note: 'ignored',
      },
      {
        department: 102,
        unit: 7,
        address: 'Lærkevej 3',
        postcode: 8000,
        city: null,
        name: 'Carla Ølgaard',
        monthlyRent: 6250.5,
        amount: 1234.56,
        due: '2025-03-01',
      },
    ]);
    const results = await parseAll(`\ufeff${file}`, 'json');
    // 1234.56 * 100 is 123456.00000000001 in floating point; the øre are counted from the digits.
    expect(okRows(results).map((row) => formatOre(row.arrearsOre))).toEqual(['12.345,67', '1.234,56']);
    expect(results).toEqual([
      { ok: true, row: { ...GOOD_ROWS[0], rowNumber: 1 } },
      {
        ok: true,
        row: {
          rowNumber: 2,
          departmentNumber: '102',
          unit: '7',
          address: 'Lærkevej 3',
          postcode: '8000',
          city: null,
          tenantName: 'Carla Ølgaard',
          cpr: null,
          monthlyRentOre: 625_050,
          arrearsOre: 123_456,
          dueDate: '2025-03-01',
          childrenUnder18: null,
        },
      },
    ]);
  });

  it('reports bad rows by their position in the array and carries on', async () => {
    const good = {
      department: '1',
      unit: '1',
      address: 'Vej',
      name: 'Navn',
      rent: 100,
      arrears: 50,
      dueDate: '2025-03-01',
    };
    const file = JSON.stringify([
      good,
      { ...good, arrears: -5, dueDate: 20250301, childrenUnder18: 2.5 },
      42,
      { ...good, unit: '', rent: 1.005, cpr: 123, address: { street: 'Vej' } },
      { ...good, name: 'Navn', tenantName: 'Andet navn' },
      { ...good, unit: '2' },
    ]);
    const results = await parseAll(file, 'json');
    expect(okRows(results).map((row) => [row.rowNumber, row.unit])).toEqual([
      [1, '1'],
      [6, '2'],
    ]);
    expect(failures(results).map((r) => [r.rowNumber, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      [2, ['arrearsOre:INVALID_AMOUNT', 'dueDate:INVALID_DATE', 'childrenUnder18:INVALID_NUMBER']],
      [3, ['row:INVALID_ROW']],
      [4, ['unit:REQUIRED', 'address:INVALID_TEXT', 'cpr:INVALID_CPR', 'monthlyRentOre:INVALID_AMOUNT']],
      [5, ['tenantName:DUPLICATE_FIELD']],
    ]);
  });

  it('reports a NUL character or a lone surrogate (JSON escapes) as unstorable text on its row', async () => {
    const good = {
      department: '1',
      unit: '1',
      address: 'Vej',
      name: 'Navn',
      rent: 100,
      arrears: 50,
      dueDate: '2025-03-01',
    };
    const rows = [
      // JSON.stringify writes U+0000 as the escape \u0000.
      JSON.stringify({ ...good, name: 'Bo\u0000Berg' }),
      // A lone surrogate can only come as an escape: as UTF-8 bytes it would not decode.
      JSON.stringify(good).replace('"Vej"', '"Vej \\ud800"'),
      JSON.stringify({ ...good, name: 'Smil \u{1F600}' }),
    ];
    const file = `[${rows.join(',')}]`;
    const results = await parseAll(file, 'json');
    expect(failures(results).map((r) => [r.rowNumber, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      [1, ['tenantName:INVALID_TEXT']],
      [2, ['address:INVALID_TEXT']],
    ]);
    // A surrogate pair is one character (an emoji), and fine.
    expect(okRows(results).map((row) => row.tenantName)).toEqual(['Smil \u{1F600}']);
  });

  it.each([
    ['an object', '{"rows": []}'],
    ['a string', '"rows"'],
    ['a number', '42'],
  ])('fails when the top level is %s, not an array', async (_name, file) => {
    expect((await fileError(file, 'json')).code).toBe('IMPORT_NOT_AN_ARRAY');
  });

  it.each([
    ['a missing bracket', '[{"unit": "1"},'],
    ['a missing comma', '[{"unit": "1"} {"unit": "2"}]'],
    ['a trailing comma', '[{"unit": "1"},]'],
    ['nothing at all', ''],
    ['not JSON', 'afdeling;lejemål\n1;2'],
  ])('fails broken JSON (%s) as unreadable', async (_name, file) => {
    const error = await fileError(file, 'json');
    expect(error.code).toBe('IMPORT_UNREADABLE_FILE');
    expect(error.text.da).toContain('kan ikke læses som JSON');
  });

  it('rethrows a failure of the input itself unchanged', async () => {
    const diskError = new Error('disk on fire');
    async function* failing() {
      yield '[{"unit": "1"},';
      throw diskError;
    }
    await expect(async () => {
      for await (const _parsed of parseArrearsFile(failing(), 'json'));
    }).rejects.toBe(diskError);
  });

  it('fails the file past maxRows', async () => {
    const row = {
      department: '1',
      unit: '1',
      address: 'Vej',
      name: 'Navn',
      rent: 100,
      arrears: 50,
      dueDate: '2025-03-01',
    };
    const error = await fileError(JSON.stringify([row, row, row]), 'json', 2);
    expect(error.code).toBe('IMPORT_TOO_MANY_ROWS');
  });
});

describe('parseArrearsFile: XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Restancer');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads the first worksheet: dates as Excel dates, serial numbers or text, amounts as numbers or Danish text', async () => {
    const bytes = await workbook([
      ['Afdeling', 'Lejemål', 'Adresse', 'Navn', 'CPR', 'Husleje', 'Restance', 'Forfaldsdato', 'Børn'],
      [101, '0012', 'Bøgevej 12', 'Søren Ågård', '010190-1234', 8450, 12345.67, new Date(Date.UTC(2025, 2, 1)), 2],
      [101, '0013', 'Bøgevej 14', 'Bo Hansen', null, '7.900,00', '7.900,50', '01-03-2025', null],
      // A date cell that lost its format is Excel's serial day; a formula's float is the 7150 Excel shows.
      [102, 'A-7', 'Lærkevej 3', 'Carla', null, 6500, 6500 * 1.1, 45717, 0],
    ]);
    const results = await parseAll(bytes, 'xlsx');
    expect(
      okRows(results).map((row) => [row.rowNumber, row.departmentNumber, row.tenantName, row.arrearsOre, row.dueDate]),
    ).toEqual([
      [2, '101', 'Søren Ågård', 1_234_567, '2025-03-01'],
      [3, '101', 'Bo Hansen', 790_050, '2025-03-01'],
      [4, '102', 'Carla', 715_000, '2025-03-01'],
    ]);
    expect(okRows(results)[0]).toMatchObject({ cpr: '0101901234', monthlyRentOre: 845_000, childrenUnder18: 2 });
  });

  it("validates and reports rows as a CSV file does, by Excel row number and the sheet's header", async () => {
    const bytes = await workbook([
      [],
      ['Afdeling', 'Lejemål', 'Adresse', 'Navn', 'Husleje', 'Restance (kr.)', 'Forfaldsdato'],
      [1, 1, 'Vej', 'Navn', 100, -5, 'i går'],
    ]);
    const [result] = await parseAll(bytes, 'xlsx');
    expect(result.ok ? [] : result.problems.map((p) => [p.rowNumber, p.field, p.column, p.code])).toEqual([
      [3, 'arrearsOre', 'Restance (kr.)', 'INVALID_AMOUNT'],
      [3, 'dueDate', 'Forfaldsdato', 'INVALID_DATE'],
    ]);
    const missing = await fileError(await workbook([['Afdeling', 'Navn']]), 'xlsx');
    expect(missing.code).toBe('IMPORT_MISSING_COLUMNS');
    expect((await fileError(await workbook([]), 'xlsx')).code).toMatch(/IMPORT_EMPTY_FILE|IMPORT_NOT_A_WORKBOOK/);
  });

  it('fails a file that is not a workbook with IMPORT_NOT_A_WORKBOOK, in Danish and English', async () => {
    const error = await fileError('Afdeling;Lejemål\n1;2\n', 'xlsx');
    expect(error.code).toBe('IMPORT_NOT_A_WORKBOOK');
    expect(error.statusCode).toBe(422);
    expect(error.text.da).toContain('Excel-projektmappe');
    expect(error.text.en).toContain('Excel workbook');
    expect(error.details).toMatchObject([{ field: 'file', rule: 'IMPORT_NOT_A_WORKBOOK' }]);
  });
});
