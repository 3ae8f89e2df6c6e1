import { describe, expect, it } from 'vitest';
import { messagesFor } from '@app/i18n';
import { allProblems, csvCell, reportCsv, reportFileName } from './report-csv';
import type { ImportProblem } from './import-types';

const problem = (rowNumber: number, column: string | null, da: string, en = `${da} (en)`): ImportProblem => ({
  rowNumber,
  field: column ? 'arrearsOre' : 'row',
  column,
  code: 'INVALID_AMOUNT',
  message: { da, en },
});

describe('the row report as CSV for Danish Excel', () => {
  const da = messagesFor('da');

  it('starts with a UTF-8 byte-order mark, separates with ";" and ends every line with CRLF', () => {
    const csv = reportCsv([problem(3, 'Restance (kr.)', 'Restance (kr.) må ikke være negativ.')], da, 'da');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('Række;Kolonne;Fejl\r\n3;Restance (kr.);Restance (kr.) må ikke være negativ.\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes the problem in the chosen language, and names the whole row when no column is at fault', () => {
    const csv = reportCsv(
      [problem(7, null, 'Rækken kan ikke læses.', 'The row cannot be read.')],
      messagesFor('en'),
      'en',
    );
    expect(csv.split('\r\n')).toEqual(['\uFEFFRow;Column;Problem', '7;The whole row;The row cannot be read.', '']);
  });

  it('quotes a field with the separator, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Afdeling; nr')).toBe('"Afdeling; nr"');
    expect(csvCell('Navn "kaldet"')).toBe('"Navn ""kaldet"""');
    expect(csvCell('to\r\nlinjer')).toBe('"to\r\nlinjer"');
    expect(csvCell('Lejemål')).toBe('Lejemål');
  });

  it("keeps a header from the user's file from running as a formula in Excel", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+45')).toBe("'+45");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it("keeps the API's order, one line per problem, two problems of one row on two lines", () => {
    const csv = reportCsv([problem(2, 'Restance', 'a'), problem(2, 'CPR', 'b'), problem(9, 'By', 'c')], da, 'da');
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['2;Restance;a', '2;CPR;b', '9;By;c']);
  });

  it('names the download after the uploaded file', () => {
    expect(reportFileName('restancer oktober.csv', '0b7c…', da)).toBe('fejlrapport-restancer-oktober.csv');
    expect(reportFileName('liste.xlsx', 'abc', messagesFor('en'))).toBe('problem-report-liste.csv');
    expect(reportFileName(null, '12345678-aaaa', da)).toBe('fejlrapport-12345678.csv');
  });

  it('fetches every page of the problems, following the cursors to the end', async () => {
    const pages: Record<string, { items: ImportProblem[]; nextCursor: string | null }> = {
      first: { items: [problem(1, 'A', 'x')], nextCursor: 'c2' },
      c2: { items: [problem(2, 'B', 'y')], nextCursor: 'c3' },
      c3: { items: [problem(3, 'C', 'z')], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const all = await allProblems(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? 'first']!;
    });
    expect(all.map((p) => p.rowNumber)).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'c2', 'c3']);
  });
});
