import type { Language, Messages } from '@app/i18n';
import type { ImportProblem } from './import-types';

/**
 * The row report as a CSV file the way Danish Excel opens it with a double-click: `;` between
 * fields (Excel's list separator in a Danish locale is `;`, because `,` is the decimal comma),
 * a UTF-8 byte-order mark (without it Excel reads the bytes as Windows-1252 and æ, ø, å come out
 * garbled) and CRLF line ends. Built here from the problems endpoint's pages; the API has no
 * download of its own.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A text cell. Quoted when it holds the separator, a quote or a line break (quotes doubled).
 * A cell that starts like a formula (= + - @, or a tab/CR) is prefixed with an apostrophe: the
 * column header comes from the user's own file, and Excel would otherwise run it as a formula
 * ("CSV injection").
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report: one line per problem, in the API's order (by row), the problem in the chosen language. */
export function reportCsv(problems: readonly ImportProblem[], m: Messages, language: Language): string {
  const t = m.webImports.report;
  const lines = [
    [t.rowNumber, t.column, t.problem].map(csvCell).join(SEPARATOR),
    ...problems.map((problem) =>
      [String(problem.rowNumber), csvCell(problem.column ?? t.wholeRow), csvCell(problem.message[language])].join(
        SEPARATOR,
      ),
    ),
  ];
  return BOM + lines.join(CRLF) + CRLF;
}

/** A download name from the user's file name: its stem, without characters file systems refuse. */
export function reportFileName(fileName: string | null, importId: string, m: Messages): string {
  const stem = (fileName ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return m.webImports.report.fileName({ name: stem || importId.slice(0, 8) });
}

/** Every problem of an import, page after page (the endpoint gives at most 200 at a time). */
export async function allProblems(
  fetchPage: (cursor: string | undefined) => Promise<{ items: ImportProblem[]; nextCursor: string | null }>,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    problems.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return problems;
}
