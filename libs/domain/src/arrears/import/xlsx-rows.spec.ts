import ExcelJS from 'exceljs';
import { NotAWorkbookError, readFirstSheet, wholeCharactersEnd, type SheetRow } from './xlsx-rows.js';

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rowsOf(bytes: Buffer, size = 1024): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readFirstSheet(inPieces(bytes, size))) rows.push(row);
  return rows;
}

async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readFirstSheet', () => {
  it('reads text, numbers, dates, rich text and formula results as the user sees them', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Restancer');
      sheet.addRow(['Afdeling', 'Lejemål', 'Forfaldsdato', 'Restance', 'Note']);
      sheet.addRow([
        '12',
        '0101',
        new Date(Date.UTC(2026, 9, 1)),
        7030.5,
        { richText: [{ text: 'Søren ' }, { text: 'Ågård' }] },
      ]);
      sheet.addRow([12, '0102', '01-10-2026', { formula: 'B2*2', result: 14061 }, null]);
      const date = sheet.getCell('C3');
      date.numFmt = 'dd-mm-yyyy';
    });
    expect(await rowsOf(bytes, 100)).toEqual([
      { rowNumber: 1, cells: ['Afdeling', 'Lejemål', 'Forfaldsdato', 'Restance', 'Note'] },
      { rowNumber: 2, cells: ['12', '0101', '2026-10-01', 7030.5, 'Søren Ågård'] },
      { rowNumber: 3, cells: [12, '0102', '01-10-2026', 14061] },
    ]);
  });

  it('keeps Excel row numbers across empty rows, and reads only the first worksheet', async () => {
    const bytes = await workbook((book) => {
      const first = book.addWorksheet('Liste');
      first.getCell('A1').value = 'Afdeling';
      first.getCell('A4').value = '7';
      book.addWorksheet('Andet').getCell('A1').value = 'ignored';
    });
    expect((await rowsOf(bytes)).map((row) => [row.rowNumber, row.cells[0]])).toEqual([
      [1, 'Afdeling'],
      [4, '7'],
    ]);
  });

  it('refuses bytes that are not a workbook, and a workbook cut short, with NotAWorkbookError', async () => {
    await expect(rowsOf(Buffer.from('Afdeling;Lejemål\r\n12;0101\r\n'))).rejects.toBeInstanceOf(NotAWorkbookError);
    const bytes = await workbook((book) => book.addWorksheet('Liste').addRow(['Afdeling']));
    await expect(rowsOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toBeInstanceOf(NotAWorkbookError);
  });
});

describe('readFirstSheet input failures', () => {
  it('rethrows a failure of the input itself unchanged', async () => {
    const failure = new Error('connection lost');
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('PK');
      throw failure;
    }
    const read = async () => {
      for await (const row of readFirstSheet(broken())) void row;
    };
    await expect(read()).rejects.toBe(failure);
  });
});

describe('readFirstSheet on a large workbook', () => {
  it('never cuts a character in half where the XML is inflated in pieces', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Restancer');
      for (let i = 0; i < 20_000; i++) sheet.addRow([`Søren Ågård Æbelø ${i}`, 'København Ø', `Vej ${i} – ø`]);
    });
    const rows = await rowsOf(bytes, 256 * 1024);
    expect(rows).toHaveLength(20_000);
    expect(rows.filter((row) => JSON.stringify(row.cells).includes('\ufffd'))).toEqual([]);
    expect(rows[19_999]!.cells).toEqual(['Søren Ågård Æbelø 19999', 'København Ø', 'Vej 19999 – ø']);
  });

  it('passes bytes on only between UTF-8 characters', () => {
    const text = Buffer.from('aø€😀', 'utf8');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => wholeCharactersEnd(text.subarray(0, n)))).toEqual([
      1, 1, 3, 3, 3, 6, 6, 6, 6, 10,
    ]);
  });
});
