import { messagesFor, type Language } from '@app/i18n';
import { type StatisticsCell, type StatisticsColumnKind, type StatisticsReport } from '../statistics-report.js';
import { SUPPRESSED, type ExportColumn, type ExportTable, type ExportValue } from './export-table.js';
import { aboutTable } from './statistics-table.adapter.js';

/** Rates with two decimals (per 1,000 tenancies, shares), business days with one. */
function columnFor(kind: StatisticsColumnKind, header: string): ExportColumn {
  switch (kind) {
    case 'count':
      return { header, type: 'integer' };
    case 'rate':
      return { header, type: 'decimal', decimals: 2 };
    case 'business_days':
      return { header, type: 'decimal', decimals: 1 };
  }
}

/** A cell as the file shows it: a suppressed count is "<5" (never 0), an undefined figure empty. */
export function cellValue(cell: StatisticsCell | null | undefined): ExportValue {
  if (!cell) return null;
  return cell.suppressed ? SUPPRESSED : cell.value;
}

/**
 * A statistics report as one long table, the way a pivot table wants it: one line per period and
 * group (department, municipality or organisation), then the period's totals line; the columns
 * are the report's own (the union over the periods, in the order they first appear, since the
 * flow's pairs of stages can differ between periods), labelled in `language`.
 */
export function statisticsReportTable(report: StatisticsReport, language: Language): ExportTable {
  const m = messagesFor(language).statisticsExports.report;
  const keys: string[] = [];
  const columns = new Map<string, ExportColumn>();
  for (const table of report.tables) {
    for (const column of table.columns) {
      if (columns.has(column.key)) continue;
      keys.push(column.key);
      columns.set(column.key, columnFor(column.kind, column.label[language]));
    }
  }
  const withTotal = report.tables.some((t) => t.total !== null || t.rows.some((r) => r.total !== null));
  const rows: ExportValue[][] = [];
  for (const table of report.tables) {
    const index = new Map(table.columns.map((c, i) => [c.key, i]));
    const cells = (list: readonly StatisticsCell[]) => keys.map((key) => cellValue(list[index.get(key) ?? -1]));
    const lead = [table.period, table.periodStart, table.periodEnd];
    for (const row of table.rows) {
      rows.push([...lead, row.groupName, ...cells(row.cells), ...(withTotal ? [cellValue(row.total)] : [])]);
    }
    rows.push([...lead, m.total, ...cells(table.columnTotals), ...(withTotal ? [cellValue(table.total)] : [])]);
  }
  return {
    title: m.figures[report.figure],
    columns: [
      { header: m.period, type: 'text' },
      { header: m.periodStart, type: 'date' },
      { header: m.periodEnd, type: 'date' },
      { header: m.groupings[report.groupBy], type: 'text' },
      ...keys.map((key) => columns.get(key)!),
      ...(withTotal ? [{ header: m.total, type: 'integer' as const }] : []),
    ],
    rows,
  };
}

/** The workbook's second sheet: the figure, whether it is live or as of the last refresh, and the filters. */
export function statisticsAboutTable(
  report: StatisticsReport,
  filters: Record<string, unknown>,
  language: Language,
): ExportTable {
  const e = messagesFor(language).statisticsExports;
  const about = aboutTable(
    { ...e.report.about, yes: e.yes, no: e.no, suppressedNote: e.suppressedNote },
    { live: report.live, asOf: report.asOf ? report.asOf.toISOString() : null },
    {
      [e.report.about.figure]: e.report.figures[report.figure],
      period: report.period,
      groupBy: report.groupBy,
      from: report.from,
      to: report.to,
      ...filters,
    },
  );
  return about;
}
