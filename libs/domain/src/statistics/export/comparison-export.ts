import { messagesFor, type Language } from '@app/i18n';
import { type RiskComparison } from '../risk-model/risk-model.service.js';
import { SUPPRESSED, type ExportTable, type ExportValue } from './export-table.js';
import { aboutTable, rowsTable } from './statistics-table.adapter.js';

/**
 * The risk-adjusted comparison as a table to export (docs/statistics-exports.md): one line per
 * municipality or housing organisation, then the totals. Counts under 5 (and those hidden
 * against the total) are "<5", never 0; a unit whose evictions are hidden has no ratio, interval
 * or group (empty cells, as the API's nulls). The group is written in words.
 */
export function comparisonTable(comparison: RiskComparison, language: Language): ExportTable {
  const c = messagesFor(language).statisticsExports.comparison;
  const rows = comparison.units.map((u) => ({ ...u, group: u.group === null ? null : c.groups[u.group] }));
  const table = rowsTable(
    { rows },
    {
      title: c.title,
      columns: [
        { path: 'unitName', header: c.levels[comparison.level], type: 'text' },
        { path: 'own', header: c.own, type: 'boolean' },
        { path: 'cases', header: c.cases, type: 'integer' },
        { path: 'actual', header: c.actual, type: 'integer' },
        { path: 'expected', header: c.expected, type: 'decimal', decimals: 2 },
        { path: 'ratio', header: c.ratio, type: 'decimal', decimals: 2 },
        { path: 'lower', header: c.lower, type: 'decimal', decimals: 2 },
        { path: 'upper', header: c.upper, type: 'decimal', decimals: 2 },
        { path: 'group', header: c.group, type: 'text' },
      ],
    },
  );
  if (comparison.total) {
    const count = (cell: { value: number | null; suppressed: boolean }): ExportValue =>
      cell.suppressed ? SUPPRESSED : cell.value;
    const t = comparison.total;
    table.rows.push([c.total, null, count(t.cases), count(t.actual), t.expected, null, null, null, null]);
  }
  return table;
}

/** The workbook's second sheet: as of the last refit (never live), the level, the fit's date and data range. */
export function comparisonAboutTable(comparison: RiskComparison, language: Language): ExportTable {
  const e = messagesFor(language).statisticsExports;
  const c = e.comparison;
  const fit = comparison.fit;
  return aboutTable(
    { ...e.report.about, yes: e.yes, no: e.no, suppressedNote: e.suppressedNote },
    { live: false, asOf: fit ? fit.fittedAt.toISOString() : null },
    {
      [e.report.about.figure]: c.title,
      level: comparison.level,
      ...(fit
        ? { [c.dataRange]: `${fit.dataFrom.toISOString().slice(0, 10)} – ${fit.dataTo.toISOString().slice(0, 10)}` }
        : { [c.fittedAt]: c.noFit }),
    },
  );
}
